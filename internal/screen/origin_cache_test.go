package screen

import (
	"fmt"
	"testing"
)

// TestAllowedOriginCache checks that the cached parse of allowed origins
// answers exactly like originOf, on first and repeated use, and that the
// cache stays bounded.
func TestAllowedOriginCache(t *testing.T) {
	e := testEngine(t, nil, nil)
	values := []string{"https://www.acme-robotics.com", "HTTPS://WWW.Acme-Robotics.com:443/", "http://127.0.0.1:3000",
		"http://[::1]:80", "https://x.example:8443/path?q", "null", "", "*", "not a url", "://missing", "https://"}
	for round := range 3 {
		for _, v := range values {
			wo, wok := originOf(v)
			if o, ok := e.allowedOrigin(v); o != wo || ok != wok {
				t.Fatalf("round %d: allowedOrigin(%q) = %q, %v; originOf gives %q, %v", round, v, o, ok, wo, wok)
			}
		}
	}
	for i := range 2 * maxCachedOrigins {
		v := fmt.Sprintf("https://h%d.example", i)
		if o, ok := e.allowedOrigin(v); !ok || o != v {
			t.Fatalf("allowedOrigin(%q) = %q, %v", v, o, ok)
		}
	}
	if n := e.originCount.Load(); n > maxCachedOrigins {
		t.Errorf("cache holds %d origins, bound is %d", n, maxCachedOrigins)
	}
}
