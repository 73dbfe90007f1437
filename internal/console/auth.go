package console

import (
	"encoding/json"
	"net/http"
	"strings"
)

// userFromClaims reads the caller from the JWT claims API Gateway passes
// on. The gateway gives every claim as a string; a list claim such as
// cognito:groups arrives as "[admin sales]". The name shown is the e-mail
// address when the token carries one: with e-mail sign-in Cognito's user
// name is an opaque id.
func userFromClaims(claims map[string]string) (User, bool) {
	sub := claims["sub"]
	if sub == "" {
		return User{}, false
	}
	u := User{Subject: sub, Name: claims["email"]}
	if u.Name == "" {
		u.Name = claims["cognito:username"]
	}
	for _, g := range parseListClaim(claims["cognito:groups"]) {
		u.Groups = append(u.Groups, Group(g))
	}
	return u, true
}

// parseListClaim reads a list claim as API Gateway formats it: "[a b c]";
// a JSON array is accepted too, as some proxies re-encode claims.
func parseListClaim(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if strings.HasPrefix(v, `["`) {
		var out []string
		if json.Unmarshal([]byte(v), &out) == nil {
			return out
		}
	}
	return strings.Fields(strings.TrimSuffix(strings.TrimPrefix(v, "["), "]"))
}

// Require guards h: a request without a signed-in user is answered 401, a
// user whose groups do not permit a is answered 403, both in the form the
// caller asked for (an htmx fragment or JSON).
func Require(a Action, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		if !ok {
			WriteError(w, r, http.StatusUnauthorized, "Please sign in again.")
			return
		}
		if !u.Can(a) {
			WriteError(w, r, http.StatusForbidden, "Your account is not allowed to do this ("+string(a)+"). Ask an administrator to add you to the right group.")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// RequireFunc is Require for a handler function.
func RequireFunc(a Action, f func(http.ResponseWriter, *http.Request)) http.Handler {
	return Require(a, http.HandlerFunc(f))
}

// WantsHTML reports whether the caller asked for an HTML fragment (htmx
// sends HX-Request; a browser's Accept names text/html) rather than JSON.
func WantsHTML(r *http.Request) bool {
	if r.Header.Get("HX-Request") == "true" {
		return true
	}
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "text/html") && !strings.Contains(accept, "application/json")
}

// WriteError answers status with message, as a small HTML fragment for
// htmx or as {"error": message} for JSON callers.
func WriteError(w http.ResponseWriter, r *http.Request, status int, message string) {
	w.Header().Set("Cache-Control", "no-store")
	if WantsHTML(r) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		_ = errorFragment.Execute(w, struct {
			Status  int
			Title   string
			Message string
		}{status, http.StatusText(status), message})
		return
	}
	WriteJSON(w, status, map[string]string{"error": errorCode(status), "message": message})
}

// errorCode is the machine-readable code of a shell-level refusal, the
// same codes the data pages answer with.
func errorCode(status int) string {
	switch status {
	case http.StatusUnauthorized:
		return "unauthenticated"
	case http.StatusForbidden:
		return "forbidden"
	case http.StatusNotFound:
		return "not_found"
	}
	return strings.ToLower(strings.ReplaceAll(http.StatusText(status), " ", "_"))
}

// WriteJSON answers status with v as JSON.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
