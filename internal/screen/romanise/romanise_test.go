package romanise

import (
	"strings"
	"testing"
	"unicode"
)

func TestString(t *testing.T) {
	for _, tc := range []struct{ script, in, want string }{
		{"Sinhala: a virama, vowel signs named by their shapes", "කැසිනෝ බෝනස්", "kaesinoo boonas"},
		{"Ethiopic: syllables", "ቴሌግራም", "teeleegeraame"},
		{"Hebrew: vav and yod as w and y", "ביטקוין", "bytqwyn"},
		{"Thai: a vowel written before its consonant", "คาสิโน", "khaasino"},
		{"Khmer: a subscript consonant", "ល្បែង", "lbaenga"},
		{"Hangul: by the parts of each syllable", "카지노 텔레그램", "khajino thelrekeuraem"},
		{"Katakana: a long mark", "ボーナス", "bonasu"},
		{"Telugu: viramas", "టెలిగ్రామ్", "tteligraam"},
		{"Malayalam: chillu letters", "ഓൺലൈൻ", "oonnlain"},
		{"Cyrillic: letters named EN and KA", "Онлайн казино", "onlain kazino"},
		{"Greek", "καζίνο", "kazino"},
		{"Arabic", "كازينو", "kazynw"},
		{"Devanagari: inherent vowels", "बोनस", "bonasa"},
		{"Bengali", "ক্যাসিনো", "kyaasino"},
		{"Gurmukhi", "ਕੈਸੀਨੋ", "kaisiinoo"},
		{"Gujarati", "બોનસ", "bonasa"},
		{"Oriya", "କାସିନୋ", "kaasino"},
		{"Tamil: the palatal ca read as ch", "கேசினோ", "keechinnnoo"},
		{"Kannada", "ಬೋನಸ್", "boonas"},
		{"Myanmar: palatals read as s", "ကာစီနို", "kaasiiniu"},
		{"Georgian", "ბონუსი", "bonusi"},
		{"Armenian", "բոնուս", "bonous"},
		{"Lao", "ຄາສິໂນ", "khaasino"},
		{"Tibetan: a subjoined letter", "སྐད", "skada"},
		{"Latin and Han kept", "Casino 赌场 ok", "casino 赌场 ok"},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("%s: String(%q) = %q, want %q", tc.script, tc.in, got, tc.want)
		}
	}
}

func TestNeeded(t *testing.T) {
	for in, want := range map[string]bool{
		"Could we book a demo?": false, "Café Müller, Straße 5": false, "casino 赌场": false,
		"казино": true, "Demo für καζίνο": true, "": false,
	} {
		if got := Needed(in); got != want {
			t.Errorf("Needed(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTableSorted: lookup searches the table by code point.
func TestTableSorted(t *testing.T) {
	for i := 1; i < len(letters); i++ {
		if letters[i-1].r >= letters[i].r {
			t.Fatalf("letters out of order at %U", letters[i].r)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"කැසිනෝ", "ቴሌግራም", "คาสิโน", "카지노", "ボーナス", "Онлайн", "\u0dca\u0dca", "\u0e40", "a\u17d2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		// Every letter of the table is read in ASCII, so whatever the
		// input, the reading holds no letter of the table's scripts.
		for _, r := range got {
			if _, ok := lookup(r); ok {
				t.Fatalf("String(%q) = %q keeps %U", s, got, r)
			}
		}
		// Text with nothing of the table is only lower-cased.
		known := strings.ContainsFunc(s, func(r rune) bool {
			_, ok := lookup(unicode.ToLower(r))
			return ok || hangulFirst <= r && r <= hangulLast
		})
		if !known && got != strings.Map(unicode.ToLower, s) {
			t.Fatalf("String(%q) = %q changed text the table does not read", s, got)
		}
	})
}
