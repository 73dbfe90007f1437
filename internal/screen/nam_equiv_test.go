package screen

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

// namPieces build random names, companies, messages and addresses: test
// and placeholder words, real names, mash, separators, white space of
// every kind, letters that change when folded, other scripts, invalid
// UTF-8 and link markers.
var namPieces = []string{
	"test", "Test", "TESTING", "tester", "asdf", "qwerty", "foo", "bar", "user", "name", "sample", "company", "inc",
	"first", "last", "john", "John", "doe", "Doe", "jane", "max", "mustermann", "mickey", "mouse", "your", "no",
	"hello", "world", "this", "is", "a", "please", "ignore", "123", "1", "acme", "n/a", "example", "lorem", "ipsum",
	"María", "Kim", "Ana", "Lee", "klkjh", "saga", "xkqzjv", "sdfkjhsdf", "Jean-Luc", "O'Brien", "山田", "Ж", "É",
	"\u212A", "\u017F", "İ", "ǅ", " ", " ", "  ", "\t", "\n", "\v", "\u00a0", "\u2003", ".", "+", "-", "_", "@",
	"://", "www.", "WWW.", ".com", "x.io", "\xff", "aaaa", "zzzzz", strings.Repeat("a", 25), "٣",
}

// namRandom joins up to max random pieces.
func namRandom(r *rand.Rand, max int) string {
	var b strings.Builder
	for range r.IntN(max + 1) {
		b.WriteString(namPieces[r.IntN(len(namPieces))])
		if r.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// namEmails are addresses for random submissions.
var namEmails = []string{
	"", "test@test.com", "test+1@example.com", "Test.1@foo.com", "qa@lead.test", "asdf@asdf.com", "x@example.org",
	"ana@northwind.com", "jkgshfgd42@gmail.com", "qwerty-9@mail.example", "_test@x.com", "lorem@x.com",
	"john.doe@example.net", "noemail@domain.com", "not an address", "a@localhost", "test_x@y.invalid",
	"testing.a+b-c@x.co", ".test@x.com", "te@x.com",
}

// namSubmissions returns corpus submissions and random ones.
func namSubmissions(t *testing.T) []*lead.Submission {
	t.Helper()
	var subs []*lead.Submission
	eachCorpusLine(t, 20000, func(f map[string]string, _ string) {
		subs = append(subs, &lead.Submission{Fields: lead.Fields{
			Email: f["email"], FirstName: f["first_name"], LastName: f["last_name"], Name: f["name"],
			Company: f["company"], JobTitle: f["job_title"], Message: f["message"], Website: f["website"],
			Industry: f["industry"],
		}})
	})
	r := rand.New(rand.NewPCG(41, 42))
	for range 20000 {
		f := lead.Fields{Email: namEmails[r.IntN(len(namEmails))]}
		for _, p := range []*string{&f.FirstName, &f.LastName, &f.Name, &f.Company, &f.Message, &f.JobTitle} {
			if r.IntN(3) > 0 {
				*p = namRandom(r, 4)
			}
		}
		if r.IntN(8) == 0 { // the same value everywhere
			v := namRandom(r, 2)
			f.FirstName, f.LastName, f.Company, f.Message = v, strings.ToUpper(v), " "+v, v+"\t"
			f.Email = strings.TrimSpace(strings.ToLower(v)) + "@x.com"
		}
		subs = append(subs, &lead.Submission{Fields: f})
	}
	return subs
}

// TestNamesDetectMatchesReference runs the names detector and its former
// version on corpus and random submissions, with the real name model.
func TestNamesDetectMatchesReference(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = gibberish.Default() })
	d := namesDetector{e}
	ctx := context.Background()
	seen := map[string]int{}
	for _, sub := range namSubmissions(t) {
		in := &Input{Sub: sub, Email: ParseEmail(sub.Fields.Email), eng: e}
		got, want := d.Detect(ctx, in), d.namRefDetect(ctx, in)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Detect(%+v):\ngot  %+v\nwant %+v", sub.Fields, got, want)
		}
		for _, r := range got {
			seen[r.Code]++
		}
	}
	for _, code := range []string{CodeURLInName, CodeRepeatedChars, CodeDigitsInName, CodeGibberishName, CodeTestEntry, CodeSameValueEverywhere} {
		if seen[code] < 20 {
			t.Errorf("only %d %s reasons: the comparison proves little", seen[code], code)
		}
	}
}

// TestTestEntryMatchesReference compares testEntry and its parts with
// their former versions, and counts each kind of explanation.
func TestTestEntryMatchesReference(t *testing.T) {
	kinds := map[string]int{}
	for _, sub := range namSubmissions(t) {
		in := &Input{Sub: sub, Email: ParseEmail(sub.Fields.Email)}
		got, want := testEntry(in), namRefTestEntry(in)
		if got != want {
			t.Fatalf("testEntry(%+v) = %q, want %q", sub.Fields, got, want)
		}
		if k, _, ok := strings.Cut(got, " \""); ok {
			kinds[k]++
		}
		v, n := sameValueEverywhere(in)
		if rv, rn := namRefSameValueEverywhere(in); v != rv || n != rn {
			t.Fatalf("sameValueEverywhere(%+v) = %q, %d; want %q, %d", sub.Fields, v, n, rv, rn)
		}
		f := &sub.Fields
		for _, s := range []string{f.FirstName, f.LastName, f.Name, f.Company} {
			if got, want := mayStartTestName(s), namRefMayStartTestName(s); got != want {
				t.Fatalf("mayStartTestName(%q) = %v, want %v", s, got, want)
			}
		}
		if got, want := isTestLocal(in.Email.Local), namRefIsTestLocal(in.Email.Local); got != want {
			t.Fatalf("isTestLocal(%q) = %v, want %v", in.Email.Local, got, want)
		}
	}
	for _, k := range []string{"test name", "placeholder name", "test address", "test message", "test company"} {
		if kinds[k] < 5 {
			t.Errorf("only %d %q explanations: the comparison proves little", kinds[k], k)
		}
	}
}

func TestIsTestLocal(t *testing.T) {
	cases := []struct {
		local string
		want  bool
	}{
		{"test", true}, {"test+1", true}, {"test.1", true}, {"testing-a", true}, {"test123_x", true},
		{"qwerty.a.b", true}, {"asdf+x.y", true}, {"a", true},
		{"", false}, {".test", false}, {"_test", false}, {"tests", false}, {"ana.test", false},
		{"test1234.x", false}, {"x.test+1", false}, {"+test", false},
		// The first '.' decides for dots, even when a later one would
		// follow a core word.
		{"t.test.x", false},
	}
	for _, c := range cases {
		if got := isTestLocal(c.local); got != c.want {
			t.Errorf("isTestLocal(%q) = %v, want %v", c.local, got, c.want)
		}
		if got := namRefIsTestLocal(c.local); got != c.want {
			t.Errorf("namRefIsTestLocal(%q) = %v, want %v", c.local, got, c.want)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	parts := []string{"test", "testing", "asdf", "foo", "x", "1", ".", "+", "-", "_", "a", "qwerty", "lorem", "ab"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		l := b.String()
		if got, want := isTestLocal(l), namRefIsTestLocal(l); got != want {
			t.Fatalf("isTestLocal(%q) = %v, want %v", l, got, want)
		}
	}
}

func TestMayStartTestName(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Test", true}, {"TEST user", true}, {"john\tdoe", true}, {"  mickey mouse", true}, {"test\u00a0", true},
		{"test\n", true}, {"\u00a0john", true}, {"first", true},
		{"", false}, {" ", false}, {"María", false}, {"testé", false}, {"test\nuser", false}, {"Ana", false},
		{strings.Repeat("a", 30), false},
	}
	for _, c := range cases {
		if got := mayStartTestName(c.s); got != c.want {
			t.Errorf("mayStartTestName(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := namRefMayStartTestName(c.s); got != c.want {
			t.Errorf("namRefMayStartTestName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestRejectsTestMessage pins the early rejection: it may only say no to
// messages isTestMessage refuses.
func TestRejectsTestMessage(t *testing.T) {
	cases := []struct {
		msg  string
		want bool
	}{
		{"Looking to replace our tool", true}, {"this is a real enquiry", true}, {"hello there", true},
		{"hello world again", true}, {"test " + strings.Repeat("x", 20), true}, {"world hello", true},
		{"é real", true}, {"test é real", true}, {"testé", true}, {"test " + strings.Repeat("x", 16) + "é", true},
		{"Здравствуйте, test", true}, {"test ſ", true}, {"hello wörld", true},
		{"", false}, {"test", false}, {"hello world", false}, {"Hello, World!", false}, {"this is a test", false},
		{"\u0130s a test", false}, {"hj\u212Al test", false}, {"test\u00a0\u0301test\xff", false},
		{"HELLO\u2003WORLD", false},
	}
	for _, c := range cases {
		if got := rejectsTestMessage(c.msg); got != c.want {
			t.Errorf("rejectsTestMessage(%q) = %v, want %v", c.msg, got, c.want)
		}
		if c.want && namRefIsTestMessage(c.msg) {
			t.Errorf("%q rejected, but it is a test message", c.msg)
		}
		if !c.want && c.msg != "" && !namRefIsTestMessage(c.msg) {
			t.Errorf("%q is not a test message: the case proves little", c.msg)
		}
	}
	// The words it accepts are what its scan can build.
	for _, set := range []map[string]struct{}{testCoreWords, testExtraWords, testMessageWords} {
		for w := range set {
			if len(w) > maxTestMessageWord || w == "hello" || w == "world" || strings.ToLower(w) != w {
				t.Errorf("word %q does not fit rejectsTestMessage", w)
			}
			for i := 0; i < len(w); i++ {
				if !isASCIIAlnum(w[i]) {
					t.Errorf("word %q is not ASCII letters and digits", w)
				}
			}
			if !testMessageAccepted.Has(w) {
				t.Errorf("word %q missing from testMessageAccepted", w)
			}
		}
	}
}

func TestScanNameMatchesFormer(t *testing.T) {
	cases := []string{"www.x", "a www.b", "www.", "ww w.", "WwW.x", " www.", "x www", "@", "a://b"}
	cases = append(cases, identCorpusFields(t, 20000)...)
	cases = append(cases, identOddStrings(rand.New(rand.NewPCG(9, 10)), 30000)...)
	for _, v := range cases {
		if got, want := scanName(v), refScanName(v); got != want {
			t.Fatalf("scanName(%q) = %+v, want %+v", v, got, want)
		}
	}
}

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// TestClassifyRune holds the table of small runes to unicode's answers,
// for every rune of one to three UTF-8 bytes and a sample beyond.
func TestClassifyRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		letter, digit, lower := classifyRune(r)
		wantLetter := unicode.IsLetter(r)
		wantDigit := !wantLetter && unicode.IsDigit(r)
		if letter != wantLetter || digit != wantDigit || letter && lower != unicode.ToLower(r) {
			t.Fatalf("classifyRune(%U) = %v, %v, %U", r, letter, digit, lower)
		}
	}
	for _, r := range []rune{-1, 0x10000, 0x1D7CE, 0x20000, 0x10FFFF, 0x110000, utf8.RuneError} {
		letter, digit, lower := classifyRune(r)
		if letter != unicode.IsLetter(r) || digit != (!letter && unicode.IsDigit(r)) || letter && lower != unicode.ToLower(r) {
			t.Fatalf("classifyRune(%U) = %v, %v, %U", r, letter, digit, lower)
		}
	}
}

// BenchmarkNamesDetect runs the names detector over the corpus
// submissions, with the real name model.
func BenchmarkNamesDetect(b *testing.B) {
	e := testEngine(b, nil, func(d *Deps) { d.Names = gibberish.Default() })
	d := namesDetector{e}
	var ins []*Input
	eachCorpusLine(b, 2000, func(f map[string]string, _ string) {
		sub := &lead.Submission{Fields: lead.Fields{
			Email: f["email"], FirstName: f["first_name"], LastName: f["last_name"], Name: f["name"],
			Company: f["company"], JobTitle: f["job_title"], Message: f["message"], Website: f["website"],
			Industry: f["industry"],
		}}
		ins = append(ins, &Input{Sub: sub, Email: ParseEmail(sub.Fields.Email), eng: e})
	})
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Detect(ctx, ins[i%len(ins)])
	}
}
