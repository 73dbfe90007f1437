package samtemplate

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func mustParse(t *testing.T, src string) *Template {
	t.Helper()
	tpl, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return tpl
}

func TestShortTagsToLongForm(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want any
	}{
		{"Ref", `!Ref Foo`, map[string]any{"Ref": "Foo"}},
		{"GetAtt dotted", `!GetAtt Table.Arn`, map[string]any{"Fn::GetAtt": []any{"Table", "Arn"}}},
		{"GetAtt dotted nested attr", `!GetAtt Db.Endpoint.Address`, map[string]any{"Fn::GetAtt": []any{"Db", "Endpoint.Address"}}},
		{"GetAtt list", `!GetAtt [Table, StreamArn]`, map[string]any{"Fn::GetAtt": []any{"Table", "StreamArn"}}},
		{"Sub string", `!Sub "arn:${AWS::Partition}:x"`, map[string]any{"Fn::Sub": "arn:${AWS::Partition}:x"}},
		{"Sub list", "!Sub\n  - \"${A}-${B}\"\n  - B: !Ref Stage", map[string]any{"Fn::Sub": []any{"${A}-${B}", map[string]any{"B": map[string]any{"Ref": "Stage"}}}}},
		{"Join nested", `!Join [",", !Ref List]`, map[string]any{"Fn::Join": []any{",", map[string]any{"Ref": "List"}}}},
		{"If", `!If [IsProd, 1, 2]`, map[string]any{"Fn::If": []any{"IsProd", 1, 2}}},
		{"Equals", `!Equals [!Ref Stage, prod]`, map[string]any{"Fn::Equals": []any{map[string]any{"Ref": "Stage"}, "prod"}}},
		{"Select Split", `!Select [1, !Split [",", "a,b"]]`, map[string]any{"Fn::Select": []any{1, map[string]any{"Fn::Split": []any{",", "a,b"}}}}},
		{"FindInMap", `!FindInMap [M, K, V]`, map[string]any{"Fn::FindInMap": []any{"M", "K", "V"}}},
		{"Not And Or Condition", `!Not [!And [!Condition A, !Or [!Condition B, !Condition C]]]`,
			map[string]any{"Fn::Not": []any{map[string]any{"Fn::And": []any{
				map[string]any{"Condition": "A"},
				map[string]any{"Fn::Or": []any{map[string]any{"Condition": "B"}, map[string]any{"Condition": "C"}}},
			}}}}},
		{"Base64", `!Base64 hi`, map[string]any{"Fn::Base64": "hi"}},
		{"Cidr", `!Cidr ["10.0.0.0/16", 4, 8]`, map[string]any{"Fn::Cidr": []any{"10.0.0.0/16", 4, 8}}},
		{"GetAZs empty", `!GetAZs ""`, map[string]any{"Fn::GetAZs": ""}},
		{"ImportValue", `!ImportValue shared-vpc`, map[string]any{"Fn::ImportValue": "shared-vpc"}},
		{"scalar arg stays string", `!Ref 123`, map[string]any{"Ref": "123"}},
		{"plain values", `[1, true, x, 1.5]`, []any{1, true, "x", 1.5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tpl := mustParse(t, "Resources:\n  R:\n    Type: X::Y\n    Properties:\n      V: "+indent(tc.yaml)+"\n")
			got := tpl.Resources["R"].Properties["V"]
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %#v\nwant %#v", got, tc.want)
			}
		})
	}
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n      ") }

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"not yaml", "Resources: [", "parse YAML"},
		{"no resources", "Parameters: {}\n", "Resources"},
		{"unknown tag", "Resources:\n  R:\n    Type: X\n    Properties: {V: !Bogus x}\n", "unknown tag"},
		{"bad GetAtt", "Resources:\n  R:\n    Type: X\n    Properties: {V: !GetAtt NoDot}\n", "Resource.Attribute"},
		{"duplicate key", "Resources:\n  R:\n    Type: X\n  R:\n    Type: Y\n", "duplicate key"},
		{"no type", "Resources:\n  R:\n    Properties: {}\n", "no Type"},
		{"empty", "", "empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse error = %v, want containing %q", err, tc.want)
			}
		})
	}
}

const fnTemplate = `
Parameters:
  Stage: {Type: String, Default: dev}
  Origins: {Type: CommaDelimitedList, Default: "https://a.example, https://b.example"}
  Days: {Type: Number, Default: 30}
  NoDefault: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition NotProd, !Equals [a, a]]
  Either: !Or [!Condition IsProd, !Equals [a, b]]
Mappings:
  Sizes:
    dev: {Mem: 128}
    prod: {Mem: 1024}
Globals:
  Function:
    Runtime: provided.al2023
    Layers: [g1]
    MemorySize: 256
    Environment:
      Variables:
        TABLE: !Ref Table
        STAGE: !Ref Stage
        SHARED: global
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      TimeToLiveSpecification: {AttributeName: expires, Enabled: true}
      AttributeDefinitions:
        - {AttributeName: pk, AttributeType: S}
        - {AttributeName: sk, AttributeType: S}
        - {AttributeName: g, AttributeType: N}
      KeySchema:
        - {AttributeName: pk, KeyType: HASH}
        - {AttributeName: sk, KeyType: RANGE}
      GlobalSecondaryIndexes:
        - IndexName: byG
          KeySchema: [{AttributeName: g, KeyType: HASH}]
          Projection: {ProjectionType: INCLUDE, NonKeyAttributes: [a, b]}
      LocalSecondaryIndexes:
        - IndexName: byPkG
          KeySchema: [{AttributeName: pk, KeyType: HASH}, {AttributeName: g, KeyType: RANGE}]
          Projection: {ProjectionType: ALL}
  Old:
    Type: AWS::DynamoDB::Table
    Properties:
      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
      KeySchema: [{AttributeName: id, KeyType: HASH}]
      ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: !Ref Days}
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      CorsConfiguration:
        AllowOrigins: !Ref Origins
        AllowMethods: [GET, POST]
        AllowHeaders: [Content-Type]
        MaxAge: 600
        AllowCredentials: true
  First:
    Type: AWS::Serverless::Function
    Metadata: {BuildMethod: makefile}
    Properties:
      MemorySize: 512
      Layers: [own]
      Environment:
        Variables:
          SHARED: own
          ORIGINS: !Join [",", !Ref Origins]
          FIRST_ORIGIN: !Select [0, !Ref Origins]
          URL: !Sub "https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}"
          ARN: !GetAtt Table.Arn
          MEM: !FindInMap [Sizes, !Ref Stage, Mem]
          MODE: !If [IsProd, strict, lax]
          SUBLIST: !Sub ["${X}-${!Literal}", {X: !Ref Days}]
          SKIPPED: !If [IsProd, yes, !Ref AWS::NoValue]
      Events:
        Post:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Method: post, Path: "/forms/{formId}/submissions"}
        Proxy:
          Type: HttpApi
          Properties: {Method: ANY, Path: "/files/{proxy+}", PayloadFormatVersion: "1.0"}
        Tick:
          Type: Schedule
          Properties: {Schedule: rate(1 minute)}
  Second:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        All:
          Type: HttpApi
        Nightly:
          Type: ScheduleV2
          Properties: {ScheduleExpression: "cron(0 3 * * ? *)", State: DISABLED}
`

func physical(id string) (string, error) { return "phys-" + id, nil }

func attr(id, a string) (string, error) { return "arn:" + id + ":" + a, nil }

func TestFunctionsMergeGlobals(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	fns := tpl.Functions()
	if len(fns) != 2 || fns[0].LogicalID != "First" || fns[1].LogicalID != "Second" {
		t.Fatalf("functions = %+v", fns)
	}
	f := fns[0]
	if f.BuildMethod != "makefile" || fns[1].BuildMethod != "" {
		t.Errorf("BuildMethod = %q/%q", f.BuildMethod, fns[1].BuildMethod)
	}
	if got := f.Properties["MemorySize"]; got != 512 {
		t.Errorf("MemorySize = %v, want function's 512", got)
	}
	if got := f.Properties["Runtime"]; got != "provided.al2023" {
		t.Errorf("Runtime = %v, want global", got)
	}
	if got := f.Properties["Layers"]; !reflect.DeepEqual(got, []any{"g1", "own"}) {
		t.Errorf("Layers = %v, want globals first then own", got)
	}
	if got := fns[1].Properties["MemorySize"]; got != 256 {
		t.Errorf("Second MemorySize = %v, want global 256", got)
	}
	if len(f.Events) != 3 || f.Events[0].Name != "Post" || f.Events[2].Type != "Schedule" {
		t.Errorf("events = %+v", f.Events)
	}
	if _, ok := tpl.Function("Nope"); ok {
		t.Error("Function(Nope) found")
	}
}

func TestFunctionEnv(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	env, err := tpl.FunctionEnv("First", Resolver{Physical: physical, Attribute: attr})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"TABLE":        "phys-Table",
		"STAGE":        "dev",
		"SHARED":       "own",
		"ORIGINS":      "https://a.example,https://b.example",
		"FIRST_ORIGIN": "https://a.example",
		"URL":          "https://phys-Api.execute-api.us-east-1.amazonaws.com/dev",
		"ARN":          "arn:Table:Arn",
		"MEM":          "128",
		"MODE":         "lax",
		"SUBLIST":      "30-${Literal}",
	}
	if !reflect.DeepEqual(env, want) {
		t.Fatalf("env = %v\nwant  %v", env, want)
	}
	prod := Resolver{Physical: physical, Attribute: attr, Param: func(n string) (string, bool) {
		if n == "Stage" {
			return "prod", true
		}
		return "", false
	}}
	env, err = tpl.FunctionEnv("First", prod)
	if err != nil {
		t.Fatal(err)
	}
	if env["MODE"] != "strict" || env["SKIPPED"] != "yes" || env["STAGE"] != "prod" || env["MEM"] != "1024" {
		t.Errorf("prod env = %v", env)
	}
	// The second function gets only the globals.
	env, err = tpl.FunctionEnv("Second", Resolver{Physical: physical})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(env, map[string]string{"TABLE": "phys-Table", "STAGE": "dev", "SHARED": "global"}) {
		t.Errorf("Second env = %v", env)
	}
	if _, err := tpl.FunctionEnv("First", Resolver{}); err == nil {
		t.Error("FunctionEnv without Physical resolved a resource Ref")
	}
	if _, err := tpl.FunctionEnv("Nope", Resolver{}); err == nil {
		t.Error("FunctionEnv(Nope) succeeded")
	}
}

func TestResolve(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	r := Resolver{Physical: physical, Attribute: attr, Pseudo: map[string]string{"AWS::AccountId": "123"}}
	tests := []struct {
		name    string
		v       any
		want    string
		wantErr string
	}{
		{"scalar int", 42, "42", ""},
		{"scalar bool", true, "true", ""},
		{"pseudo override", map[string]any{"Ref": "AWS::AccountId"}, "123", ""},
		{"pseudo default", map[string]any{"Ref": "AWS::Partition"}, "aws", ""},
		{"stack name", map[string]any{"Ref": "AWS::StackName"}, "leadsieve-local", ""},
		{"list param joined", map[string]any{"Ref": "Origins"}, "https://a.example,https://b.example", ""},
		{"number param", map[string]any{"Ref": "Days"}, "30", ""},
		{"sub dotted getatt", map[string]any{"Fn::Sub": "${Table.Arn}/index"}, "arn:Table:Arn/index", ""},
		{"split select", map[string]any{"Fn::Select": []any{2, map[string]any{"Fn::Split": []any{"-", "a-b-c"}}}}, "c", ""},
		{"base64", map[string]any{"Fn::Base64": "hi"}, "aGk=", ""},
		{"getazs", map[string]any{"Fn::Select": []any{0, map[string]any{"Fn::GetAZs": ""}}}, "us-east-1a", ""},
		{"condition Both", map[string]any{"Fn::If": []any{"Both", "y", "n"}}, "y", ""},
		{"condition Either", map[string]any{"Fn::If": []any{"Either", "y", "n"}}, "n", ""},
		{"no default", map[string]any{"Ref": "NoDefault"}, "", "no default"},
		{"unknown ref", map[string]any{"Ref": "Ghost"}, "", "unknown"},
		{"unknown condition", map[string]any{"Fn::If": []any{"Ghost", 1, 2}}, "", "unknown condition"},
		{"select out of range", map[string]any{"Fn::Select": []any{5, []any{"a"}}}, "", "out of range"},
		{"missing map key", map[string]any{"Fn::FindInMap": []any{"Sizes", "staging", "Mem"}}, "", "no key"},
		{"unterminated sub", map[string]any{"Fn::Sub": "${Stage"}, "", "unterminated"},
		{"import unsupported", map[string]any{"Fn::ImportValue": "x"}, "", "not supported"},
		{"multi-key map", map[string]any{"a": 1, "b": 2}, "", "2 keys"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tpl.Resolve(tc.v, r)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	_, err := tpl.Resolve(map[string]any{"Fn::Cidr": []any{}}, r)
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("Fn::Cidr error %v is not ErrUnsupported", err)
	}
}

func TestSelfReferentialCondition(t *testing.T) {
	tpl := mustParse(t, "Conditions:\n  A: !Condition A\nResources:\n  R: {Type: X}\n")
	if _, err := tpl.Condition("A", Resolver{}); err == nil {
		t.Fatal("self-referential condition evaluated")
	}
}

func TestRoutesAndSchedules(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	want := []Route{
		{Method: "ANY", Path: "$default", FunctionID: "Second", EventName: "All", PayloadFormatVersion: "2.0"},
		{Method: "ANY", Path: "/files/{proxy+}", FunctionID: "First", EventName: "Proxy", PayloadFormatVersion: "1.0"},
		{Method: "POST", Path: "/forms/{formId}/submissions", FunctionID: "First", EventName: "Post", PayloadFormatVersion: "2.0", APIID: "Api"},
	}
	if got := tpl.Routes(); !reflect.DeepEqual(got, want) {
		t.Fatalf("routes = %+v\nwant %+v", got, want)
	}
	if k := want[2].RouteKey(); k != "POST /forms/{formId}/submissions" {
		t.Errorf("RouteKey = %q", k)
	}
	if k := want[0].RouteKey(); k != "$default" {
		t.Errorf("RouteKey = %q", k)
	}
	got, err := tpl.Schedules()
	if err != nil {
		t.Fatal(err)
	}
	wantS := []Schedule{
		{FunctionID: "First", EventName: "Tick", Type: "Schedule", Expression: "rate(1 minute)", Enabled: true},
		{FunctionID: "Second", EventName: "Nightly", Type: "ScheduleV2", Expression: "cron(0 3 * * ? *)", Enabled: false},
	}
	if !reflect.DeepEqual(got, wantS) {
		t.Fatalf("schedules = %+v\nwant %+v", got, wantS)
	}
}

func TestTables(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	tables, err := tpl.Tables(func(id string) string { return "t-" + id })
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 2 || tables[0].LogicalID != "Old" || tables[1].LogicalID != "Table" {
		t.Fatalf("tables = %+v", tables)
	}
	old, tb := tables[0], tables[1]
	if *old.Input.TableName != "t-Old" || old.Input.BillingMode != "PROVISIONED" ||
		*old.Input.ProvisionedThroughput.ReadCapacityUnits != 5 || *old.Input.ProvisionedThroughput.WriteCapacityUnits != 30 {
		t.Errorf("Old = %+v", old.Input)
	}
	if old.TTLAttribute != "" {
		t.Errorf("Old TTL = %q", old.TTLAttribute)
	}
	in := tb.Input
	if *in.TableName != "t-Table" || in.BillingMode != "PAY_PER_REQUEST" || in.ProvisionedThroughput != nil || tb.TTLAttribute != "expires" {
		t.Errorf("Table = %+v ttl %q", in, tb.TTLAttribute)
	}
	if len(in.AttributeDefinitions) != 3 || in.AttributeDefinitions[2].AttributeType != "N" {
		t.Errorf("attrs = %+v", in.AttributeDefinitions)
	}
	if len(in.KeySchema) != 2 || *in.KeySchema[1].AttributeName != "sk" || in.KeySchema[1].KeyType != "RANGE" {
		t.Errorf("keys = %+v", in.KeySchema)
	}
	g := in.GlobalSecondaryIndexes
	if len(g) != 1 || *g[0].IndexName != "byG" || g[0].Projection.ProjectionType != "INCLUDE" ||
		!reflect.DeepEqual(g[0].Projection.NonKeyAttributes, []string{"a", "b"}) || g[0].ProvisionedThroughput != nil {
		t.Errorf("gsi = %+v", g)
	}
	l := in.LocalSecondaryIndexes
	if len(l) != 1 || *l[0].IndexName != "byPkG" || l[0].Projection.ProjectionType != "ALL" {
		t.Errorf("lsi = %+v", l)
	}

	bad := []struct{ name, props string }{
		{"bad key type", "AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      KeySchema: [{AttributeName: id, KeyType: PRIMARY}]\n      BillingMode: PAY_PER_REQUEST"},
		{"bad attr type", "AttributeDefinitions: [{AttributeName: id, AttributeType: X}]\n      KeySchema: [{AttributeName: id, KeyType: HASH}]\n      BillingMode: PAY_PER_REQUEST"},
		{"no key schema", "AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      BillingMode: PAY_PER_REQUEST"},
		{"provisioned without throughput", "AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      KeySchema: [{AttributeName: id, KeyType: HASH}]"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			tpl := mustParse(t, "Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      "+tc.props+"\n")
			if _, err := tpl.Tables(func(s string) string { return s }); err == nil {
				t.Fatal("Tables accepted a broken table")
			}
		})
	}
}

func TestHttpApiCors(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	c, err := tpl.HttpApiCors(Resolver{})
	if err != nil {
		t.Fatal(err)
	}
	want := &CORS{
		AllowOrigins: []string{"https://a.example", "https://b.example"},
		AllowMethods: []string{"GET", "POST"}, AllowHeaders: []string{"Content-Type"},
		MaxAge: 600, AllowCredentials: true,
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("cors = %+v", c)
	}
	c, err = tpl.HttpApiCors(Resolver{Param: func(n string) (string, bool) { return "https://x.example", n == "Origins" }})
	if err != nil || !reflect.DeepEqual(c.AllowOrigins, []string{"https://x.example"}) {
		t.Fatalf("override: %+v %v", c, err)
	}
	none := mustParse(t, "Resources:\n  A: {Type: AWS::Serverless::HttpApi}\n")
	if c, err := none.HttpApiCors(Resolver{}); c != nil || err != nil {
		t.Fatalf("no CORS: %+v %v", c, err)
	}
	all := mustParse(t, "Globals:\n  HttpApi:\n    CorsConfiguration: true\nResources:\n  A: {Type: AWS::Serverless::HttpApi}\n")
	if c, err := all.HttpApiCors(Resolver{}); err != nil || c == nil || c.AllowOrigins[0] != "*" {
		t.Fatalf("CorsConfiguration true: %+v %v", c, err)
	}
}

func TestRefs(t *testing.T) {
	tpl := mustParse(t, `
Conditions:
  C: !Equals [!Ref P, x]
Parameters:
  P: {Type: String, Default: x}
Resources:
  A:
    Type: X::Y
    Condition: C
    Properties:
      One: !Ref P
      Two: !GetAtt B.Arn
      Three: !Sub ["${B.Name}-${Local}-${!Skip}-${AWS::Region}", {Local: !Ref Missing}]
      Four: !If [Ghost, !Ref B, !Ref AWS::NoValue]
  B: {Type: X::Y}
`)
	var got []string
	for _, r := range tpl.Refs() {
		got = append(got, r.Kind+":"+r.Target+"."+r.Attr+"@"+r.Path)
	}
	want := []string{
		"Ref:P.@Conditions.C.Fn::Equals.0.Ref",
		"Condition:C.@Resources.A.Condition",
		"Condition:Ghost.@Resources.A.Properties.Four.Fn::If.0",
		"Ref:B.@Resources.A.Properties.Four.Fn::If.1.Ref",
		"Ref:AWS::NoValue.@Resources.A.Properties.Four.Fn::If.2.Ref",
		"Ref:P.@Resources.A.Properties.One.Ref",
		"Sub:B.Name@Resources.A.Properties.Three.Fn::Sub",
		"Sub:AWS::Region.@Resources.A.Properties.Three.Fn::Sub",
		"Ref:Missing.@Resources.A.Properties.Three.Fn::Sub.1.Local.Ref",
		"GetAtt:B.Arn@Resources.A.Properties.Two.Fn::GetAtt",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("refs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var dangling []string
	for _, r := range tpl.DanglingRefs() {
		dangling = append(dangling, r.Target)
		if r.Line == 0 {
			t.Errorf("dangling %v has no line", r)
		}
	}
	if !reflect.DeepEqual(dangling, []string{"Ghost", "Missing"}) {
		t.Fatalf("dangling = %v", dangling)
	}
}

func TestJSONIsACopy(t *testing.T) {
	tpl := mustParse(t, fnTemplate)
	doc := tpl.JSON().(map[string]any)
	doc["Resources"].(map[string]any)["Table"] = "clobbered"
	if _, ok := tpl.JSON().(map[string]any)["Resources"].(map[string]any)["Table"].(map[string]any); !ok {
		t.Fatal("JSON() shares state with the template")
	}
	if l := tpl.Line("Resources.First"); l == 0 {
		t.Error("no line for Resources.First")
	}
}
