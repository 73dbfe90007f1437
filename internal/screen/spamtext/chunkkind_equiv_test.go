package spamtext

import (
	"math/rand/v2"
	"testing"
)

// chunkKindRef is chunkKind before it skipped uninteresting bytes.
func chunkKindRef(c string) int {
	at, dotAfterAt := -1, false
	for k := 0; k < len(c); k++ {
		switch c[k] {
		case ':':
			if k+2 < len(c) && c[k+1] == '/' && c[k+2] == '/' {
				return kindURL
			}
		case '@':
			if at < 0 {
				at = k
			}
		case '.':
			if at >= 0 && k > at+1 && k+1 < len(c) {
				dotAfterAt = true
			}
		}
	}
	if len(c) >= 4 && (c[0]|0x20) == 'w' && (c[1]|0x20) == 'w' && (c[2]|0x20) == 'w' && c[3] == '.' {
		return kindURL
	}
	if at > 0 && dotAfterAt {
		return kindEmail
	}
	return kindText
}

// TestChunkKindMatchesReference compares chunkKind with the reference on
// links, addresses and random chunks made mostly of the bytes it examines.
func TestChunkKindMatchesReference(t *testing.T) {
	cases := []string{"", "word", "https://x.io", "a@b.co", "@b.co", "a@.co", "a@b.", "www.x.com", "WWW.x", "x:/", "a@b@c.d"}
	rng := rand.New(rand.NewPCG(4, 2))
	const alphabet = ":/@.wWax\xc3\xa9"
	for range 50000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	kinds := map[int]int{}
	for _, c := range cases {
		got, want := chunkKind(c), chunkKindRef(c)
		if got != want {
			t.Fatalf("chunkKind(%q) = %d, want %d", c, got, want)
		}
		kinds[got]++
	}
	if len(kinds) != 3 {
		t.Errorf("only kinds %v were exercised", kinds)
	}
}
