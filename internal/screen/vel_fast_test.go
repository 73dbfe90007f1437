package screen

import (
	"testing"
	"unicode"
)

// TestFoldRuneMatchesUnicode holds foldRune's block tables to the unicode
// look-ups for every rune, and for values that are not runes.
func TestFoldRuneMatchesUnicode(t *testing.T) {
	check := func(r rune) {
		want := rune(-1)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			want = unicode.ToLower(r)
		}
		if got := foldRune(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		check(r)
	}
	for _, r := range []rune{-1, -1 << 31, unicode.MaxRune + 1, 1<<31 - 1, unicode.ReplacementChar} {
		check(r)
	}
}

// TestAppendIPKeyMatchesIPKey holds appendIPKey to ipKey for valid and
// invalid addresses of both families.
func TestAppendIPKeyMatchesIPKey(t *testing.T) {
	for _, s := range []string{
		"", " ", "1.2.3.4", " 1.2.3.4 ", "01.2.3.4", "1.2.3", "256.1.1.1", "::ffff:1.2.3.4", "::ffff:102:304",
		"2001:db8::1", "2001:DB8:0:0:1::1", " 2001:db8:aa:bb:cc:dd:ee:ff ", "fe80::1%eth0", "::", "::1",
		"2001:db8::1/64", "not an ip", "1.2.3.4:80", "[2001:db8::1]",
	} {
		want := ipKey(s)
		got, ok := appendIPKey([]byte("ip:"), s)
		if ok != (want != "") || string(got) != "ip:"+want && ok || !ok && string(got) != "ip:" {
			t.Errorf("appendIPKey(%q) = %q %v, ipKey %q", s, got, ok, want)
		}
	}
}

// TestAppendLocalKeyMatchesLocalKey holds appendLocalKey to localKey.
func TestAppendLocalKeyMatchesLocalKey(t *testing.T) {
	for _, v := range []string{"", "a", "we sell cheap widgets", string(make([]byte, 3000))} {
		if got, want := string(appendLocalKey([]byte("x"), "msg", []byte(v))), "x"+localKey("msg", []byte(v)); got != want {
			t.Errorf("appendLocalKey(%d bytes) = %q, want %q", len(v), got, want)
		}
	}
}
