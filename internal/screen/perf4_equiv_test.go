package screen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestOriginFastMatchesParse checks that originOf's fast path answers
// exactly like the url.Parse reference for every value it handles, on
// hand-picked edge cases and on random URL-like strings, and that it does
// handle the common shapes (or it saves nothing).
func TestOriginFastMatchesParse(t *testing.T) {
	cases := []string{
		"https://www.northwind.example/pricing", "https://www.northwind.example", "http://127.0.0.1:3000",
		"HTTPS://WWW.Acme-Robotics.com:443/", "http://a.example:80", "http://a.example:8080/x?y#z",
		"https://a.example:443", "https://a.example:0443", "http://a:", "http://:80", "http://", "https://",
		"http:///path", "http://a?b", "http://a#b", "http://a?b/c:d", "http://a#b:c", "http:?//a", "http:a",
		"http://a@b", "http://[::1]:80", "http://a:b", "http://a:1:2", "http://a.b/%zz", "http://a.b/#%zz",
		"http://a b", "http://a.b/c d", "null", "", "*", "not a url", "://missing", "1http://a", "h+t-t.p://A.b",
		"http://a_b~c.d", "http://a!b", "http://a\x00b", "http://a.b/\x7f", "http://é.example", "mailto:x@y",
		"HTTP://A:80", "http://a:080", "http://a:99999999999999999999", "ftp://Files.Example:21/x",
		"http://a/b?c=%", "http://a?%", "http://A.example?x", "https://a.example:443?x#y",
	}
	r := rand.New(rand.NewPCG(4, 4))
	const alphabet = "aAzZ09:/?#@[]%._~-+!$ \té"
	prefixes := []string{"http://", "https://", "HTTP://", "h1+.-://", "http:", "//", ""}
	for range 20000 {
		var b strings.Builder
		b.WriteString(prefixes[r.IntN(len(prefixes))])
		for range r.IntN(14) {
			if r.IntN(3) == 0 {
				b.WriteByte(alphabet[r.IntN(len(alphabet))])
			} else {
				b.WriteByte(byte('a' + r.IntN(4)))
			}
		}
		cases = append(cases, b.String())
	}
	handled := 0
	for _, s := range cases {
		o, ok, h := originFast(s)
		if !h {
			continue
		}
		handled++
		wo, wok := originParse(s)
		if o != wo || ok != wok {
			t.Fatalf("originFast(%q) = %q, %v; url.Parse gives %q, %v", s, o, ok, wo, wok)
		}
		if go2, ok2 := originOf(s); go2 != wo || ok2 != wok {
			t.Fatalf("originOf(%q) = %q, %v; want %q, %v", s, go2, ok2, wo, wok)
		}
	}
	if handled < len(cases)/10 {
		t.Errorf("fast path handled only %d of %d values", handled, len(cases))
	}
	for _, s := range []string{"https://www.northwind.example/pricing", "http://127.0.0.1:3000", "HTTPS://A.example:443/"} {
		if _, _, h := originFast(s); !h {
			t.Errorf("originFast(%q) not handled", s)
		}
	}
}

// TestOriginFastNoAlloc checks that a lower-case origin costs no allocation.
func TestOriginFastNoAlloc(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { originOf("https://www.northwind.example/pricing") }); n != 0 {
		t.Errorf("originOf allocates %v times", n)
	}
}
