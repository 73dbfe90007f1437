package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// trickyStrings exercise every escaping rule of encoding/json.
var trickyStrings = []string{
	"",
	"plain ascii",
	`quote " backslash \ slash /`,
	"\b\f\n\r\t",
	"\x00\x01\x1f\x7f",
	"<script>&amp;</script>",
	"line\u2028para\u2029end",
	"Grüße, 中文, 😀, \ufffd",
	"bad \xff utf8 \xc3 \xed\xa0\x80 \xf4\x90\x80\x80",
	"trailing \xe2\x80",
	"\u2027\u202a\u2028",
	"'single' `back`",
	"Budget option '€25k–100k': +20",
	"Company size '51-200' ≈ 125 employees, in band 51–200: +10",
	"eight ok\u2028eight ok\u2029",
	"12345678\xe2\x80\xa8\xe2\x80\xa9\xe2\x80",
	"abcdefg\xff",
}

func encodeCases() []Output {
	out := []Output{
		{},
		{Line: 7, Error: "malformed line: unexpected end of JSON input"},
		{ID: "a", Line: -3, JunkScore: -5, FitScore: 1 << 40},
		{ID: "x", Reasons: []lead.Reason{}},
		{ID: "x", Verdict: lead.VerdictQualified, JunkScore: 10, FitScore: 80, Grade: "A", Segment: "enterprise",
			Reasons: []lead.Reason{
				{Code: "fit_size", Points: 20, Detail: "company size 51-200", Stage: lead.StageFit},
				{Code: "no_stage", Points: -4, Detail: ""},
			},
			RulesVersion: "2026-07-01", EmailSuggestion: "a@gmail.com"},
	}
	for _, s := range trickyStrings {
		out = append(out, Output{ID: s, Verdict: lead.Verdict(s), Grade: s, Segment: s,
			Reasons:      []lead.Reason{{Code: s, Detail: s, Stage: s}},
			RulesVersion: s, EmailSuggestion: s, Error: s})
	}
	return out
}

// checkEncode fails unless AppendJSON gives exactly what json.Marshal does.
func checkEncode(t *testing.T, o Output) {
	t.Helper()
	want, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	prefix := []byte("prefix")
	got := o.AppendJSON(prefix)
	if !bytes.HasPrefix(got, []byte("prefix")) || !bytes.Equal(got[len(prefix):], want) {
		t.Fatalf("AppendJSON(%#v):\ngot  %s\nwant %s", o, got, want)
	}
}

func TestAppendJSONMatchesMarshal(t *testing.T) {
	for _, o := range encodeCases() {
		checkEncode(t, o)
	}
}

// TestAppendJSONScreened compares on the results of screening every
// testdata line, the outputs `leadctl screen` writes in practice.
func TestAppendJSONScreened(t *testing.T) {
	s := testScreener(t)
	ctx := context.Background()
	reasons := 0
	for i, line := range testdataLines(t) {
		in, err := Decode(line)
		if err != nil {
			checkEncode(t, ErrorOutput(in, i+1, err))
			continue
		}
		o := s.Screen(ctx, in)
		reasons += len(o.Reasons)
		checkEncode(t, o)
	}
	if reasons == 0 {
		t.Fatal("no screened line had reasons; the comparison is too weak")
	}
}

// TestAppendJSONEscapes pins the escapes, so that agreement with
// json.Marshal is not the only thing checked.
func TestAppendJSONEscapes(t *testing.T) {
	o := Output{ID: "<a&b>\u2028\xff\"\x01\n"}
	want := `{"id":"\u003ca\u0026b\u003e\u2028\ufffd\"\u0001\n","junk_score":0,"fit_score":0}`
	if got := string(o.AppendJSON(nil)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// FuzzAppendJSON compares AppendJSON with json.Marshal on arbitrary
// strings and numbers. Run it with
// go test -run '^$' -fuzz FuzzAppendJSON -fuzztime 60s ./internal/offline/batch
func FuzzAppendJSON(f *testing.F) {
	for i, s := range trickyStrings {
		f.Add(s, "junk", s, i-3, i*1000, true)
	}
	f.Fuzz(func(t *testing.T, s, verdict, detail string, n, m int, reasons bool) {
		o := Output{ID: s, Line: n, Verdict: lead.Verdict(verdict), JunkScore: m, FitScore: -n,
			Grade: detail, Segment: s, RulesVersion: verdict, EmailSuggestion: detail, Error: s}
		if reasons {
			o.Reasons = []lead.Reason{{Code: verdict, Points: n, Detail: detail, Stage: s}, {Code: s, Points: m}}
		}
		checkEncode(t, o)
	})
}

func testScreener(t testing.TB) *Screener {
	t.Helper()
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		t.Fatal(err)
	}
	j, err := judge.New(rs, judge.Deps(judge.DepsOptions{Counter: screen.NewMemoryCounter(), Now: time.Now}), judge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &Screener{Judge: j, Forms: fs}
}

// TestAppendJSONWordScan puts every byte that needs care at every offset
// of strings long enough for the eight-byte scan, and checks the result
// against json.Marshal.
func TestAppendJSONWordScan(t *testing.T) {
	specials := []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\x7f", "\n", "é", "\u2028", "\xff", " ", "~",
		"\u2029", "€", "–", "≈", "\u2027", "\xe2", "\xe2\x80", "\xe2\x80\xa8\xa9", "\x80", "\xc3", "\xed\xa0\x80", "😀", "'", "=", "?"}
	const base = "abcdefghijklmnopqrstuvwx"
	for _, sp := range specials {
		for i := 0; i <= len(base); i++ {
			s := base[:i] + sp + base[i:]
			checkEncode(t, Output{ID: s, Reasons: []lead.Reason{{Detail: s + s}}})
		}
	}
}

// TestPlainRuneLen holds plainRuneLen to utf8.DecodeRuneInString on every
// lead byte with every second byte and telling third bytes, cut to every
// length: it must accept exactly the valid two- and three-byte sequences
// other than U+2028 and U+2029.
func TestPlainRuneLen(t *testing.T) {
	thirds := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x9f, 0xa0, 0xa7, 0xa8, 0xa9, 0xaa, 0xbf, 0xc0, 0xe2, 0xff}
	accepted := 0
	for c0 := 0x80; c0 <= 0xff; c0++ {
		for c1 := 0; c1 <= 0xff; c1++ {
			for _, c2 := range thirds {
				full := string([]byte{byte(c0), byte(c1), c2, 'x'})
				for n := 1; n <= len(full); n++ {
					s := full[:n]
					want := 0
					if r, size := utf8.DecodeRuneInString(s); (size == 2 || size == 3) && r != '\u2028' && r != '\u2029' {
						want = size
					}
					if got := plainRuneLen(s); got != want {
						t.Fatalf("plainRuneLen(%q) = %d, want %d", s, got, want)
					}
					if want > 0 {
						accepted++
					}
				}
			}
		}
	}
	if accepted == 0 {
		t.Fatal("no sequence accepted")
	}
}
