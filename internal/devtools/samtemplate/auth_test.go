package samtemplate

import (
	"reflect"
	"strings"
	"testing"
)

const authTemplate = `
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
  Client:
    Type: AWS::Cognito::UserPoolClient
    Properties: {UserPoolId: !Ref Pool}
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
        DefaultAuthorizer: Jwt
        Authorizers:
          Jwt:
            JwtConfiguration:
              issuer: !Sub "https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}"
              audience: [!Ref Client]
          Custom:
            FunctionArn: arn:aws:lambda:us-east-1:1:function:x
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Guarded:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Method: GET, Path: /a}
        Public:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Method: GET, Path: /b, Auth: {Authorizer: NONE}}
        Other:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Method: GET, Path: /c, Auth: {Authorizer: Custom}}
`

func TestHttpApiAuthorizers(t *testing.T) {
	tpl := mustParse(t, authTemplate)
	r := Resolver{Physical: func(id string) (string, error) { return "local-" + id, nil }}
	got, err := tpl.HttpApiAuthorizers("Api", r)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]JWTAuthorizer{"Jwt": {
		Name: "Jwt", Issuer: "https://cognito-idp.us-east-1.amazonaws.com/local-Pool",
		Audience: []string{"local-Client"}, IdentitySource: "$request.header.Authorization",
	}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("authorizers = %+v\nwant %+v", got, want)
	}
	if h := got["Jwt"].HeaderName(); h != "Authorization" {
		t.Errorf("HeaderName = %q", h)
	}
	auth := map[string]string{}
	for _, rt := range tpl.Routes() {
		auth[rt.Path] = rt.Authorizer
	}
	if want := map[string]string{"/a": "Jwt", "/b": "", "/c": "Custom"}; !reflect.DeepEqual(auth, want) {
		t.Errorf("route authorizers = %v, want %v", auth, want)
	}
	if _, err := tpl.HttpApiAuthorizers("Fn", r); err == nil {
		t.Error("a function accepted as an HttpApi")
	}
	broken := mustParse(t, strings.Replace(authTemplate, "audience: [!Ref Client]", "audience: []", 1))
	if _, err := broken.HttpApiAuthorizers("Api", r); err == nil {
		t.Error("an authorizer without audience accepted")
	}
}
