package domains

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSquashASCIIMatchesReference holds the allocation-free ASCII squash
// to refSquash on random local parts, and IsRoleAccount to its reference
// on the same inputs.
func TestSquashASCIIMatchesReference(t *testing.T) {
	parts := []string{"info", "INFO", "Sales", "no", "reply", "maria", "x", "7", "42", ".", "_", "-", "+", "+tag", " ", "\t", "\v", "é", "\xff", "\u00a0", "K", "team", "support"}
	r := rand.New(rand.NewPCG(11, 12))
	ascii, roles := 0, 0
	for range 100000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		got, ok := appendSquashASCII(nil, s)
		if ok {
			ascii++
			if string(got) != refSquash(s) {
				t.Fatalf("appendSquashASCII(%q) = %q, want %q", s, got, refSquash(s))
			}
		} else if isASCII(s) {
			t.Fatalf("appendSquashASCII(%q) refused an ASCII string", s)
		}
		role := IsRoleAccount(s)
		if role != refIsRoleAccount(s) {
			t.Fatalf("IsRoleAccount(%q) = %v, want %v", s, role, !role)
		}
		if role {
			roles++
		}
	}
	if ascii < 10000 || roles < 1000 {
		t.Errorf("only %d ASCII inputs and %d role accounts: the comparison proves little", ascii, roles)
	}
	// Non-empty dst is kept and extended.
	if got, _ := appendSquashASCII([]byte("ab"), "C.d9"); string(got) != "abcd" {
		t.Errorf("appendSquashASCII onto \"ab\" = %q, want \"abcd\"", got)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestIsRoleAccountAllocs(t *testing.T) {
	get()
	if n := testing.AllocsPerRun(100, func() { IsRoleAccount("Maria.Garcia") }); n != 0 {
		t.Errorf("IsRoleAccount allocates %v times, want 0", n)
	}
}
