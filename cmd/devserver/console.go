package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// buildAuthorizers builds the JWT authorizers the template's routes name,
// their issuer and audience resolved to the local user pool and client.
// Without a local Cognito (-external-aws) they refuse every token.
func buildAuthorizers(ctx context.Context, tpl *samtemplate.Template, envs *envBuilder, cognitoURL string, log *slog.Logger) (map[string]*jwtAuthorizer, error) {
	out := map[string]*jwtAuthorizer{}
	for _, r := range tpl.Routes() {
		key := r.APIID + "/" + r.Authorizer
		if r.Authorizer == "" || out[key] != nil {
			continue
		}
		defs, err := tpl.HttpApiAuthorizers(r.APIID, envs.resolver())
		if err != nil {
			return nil, err
		}
		def, ok := defs[r.Authorizer]
		if !ok {
			return nil, fmt.Errorf("route %s names %s, which is not a JWT authorizer of %s", r.RouteKey(), r.Authorizer, r.APIID)
		}
		if cognitoURL == "" {
			log.Warn("no local Cognito: the authorizer refuses every token", slog.String("authorizer", def.Name))
			out[key] = &jwtAuthorizer{JWTAuthorizer: def, now: time.Now}
			continue
		}
		def.Issuer = localIssuer(def.Issuer, cognitoURL)
		a, err := newJWTAuthorizer(ctx, def)
		if err != nil {
			return nil, err
		}
		out[key] = a
	}
	return out, nil
}

// printConsole prints where the console is and who can sign in: the
// users made for this run, with passwords generated at start (they live
// only as long as this cognito-local).
func printConsole(w io.Writer, baseURL string, pools *devstack.UserPools) {
	if len(pools.Users) == 0 {
		return
	}
	fmt.Fprintf(w, "\nConsole: %s/console/\nSign in as (passwords made for this run):\n", baseURL)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, u := range pools.Users {
		fmt.Fprintf(tw, "  %s\t%s\t(%s)\n", u.Email, u.Password, strings.Join(u.Groups, ", "))
	}
	tw.Flush()
	fmt.Fprintln(w)
}
