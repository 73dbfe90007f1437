package eval_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/offline/batch"
	"github.com/leadsieve/leadsieve/internal/offline/eval"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Product targets (issue 11): only the verdict "junk" counts as flagged.
const (
	minJunkRecall = 0.95
	maxGenuineFP  = 0.005
	// maxReviewRate bounds the share of all leads, genuine or junk, held
	// for a person: review is for doubt about junk only, since near-miss
	// fits go to nurture.
	maxReviewRate = 0.03
	// holdoutRecallFloor guards the holdout's measured junk recall against
	// regressions: the product target since task direction6 (95.5 %
	// measured), when adverts whose trade no list names were read by the
	// spam and advert models beside a way round the form, and spam
	// phrases the spam model agrees with (internal/screen/modeloffer.go).
	holdoutRecallFloor = minJunkRecall
	// wholeCorpusRecallFloor guards both splits together: 95.3 %
	// measured, the product target again. A weak sign alone no longer
	// makes a lead junk (internal/screen/evidence.go, issue 11); mash in
	// an address not made from the name, advertising copy and bursts are
	// the independent signs that brought the rest back.
	wholeCorpusRecallFloor = minJunkRecall
	// minCorpusSize is the least number of labeled submissions the
	// targets are asserted on.
	minCorpusSize = 2000
)

// newScreener builds the screener `leadctl eval` uses: the embedded rules
// and forms, in-memory velocity counters, no network checks.
func newScreener(t *testing.T) *batch.Screener {
	t.Helper()
	return newScreenerWith(t, nil)
}

// newScreenerWith is newScreener counting velocity on tl when it is not
// nil, as `leadctl eval` does.
func newScreenerWith(t *testing.T, tl *screen.Timeline) *batch.Screener {
	t.Helper()
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatalf("embedded rules: %v", err)
	}
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		t.Fatalf("embedded forms: %v", err)
	}
	deps := judge.Deps(judge.DepsOptions{
		Now:     func() time.Time { return time.Now().UTC() },
		Counter: screen.NewMemoryCounter(),
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
		Network: false, HTTPClient: &http.Client{Timeout: 5 * time.Second},
	})
	deps.Timeline = tl
	j, err := judge.New(rs, deps, judge.Options{})
	if err != nil {
		t.Fatalf("judge: %v", err)
	}
	return &batch.Screener{Judge: j, Forms: fs}
}

// screenFile screens every line of a corpus file with a fresh screener,
// adds the outcomes to total when it is not nil, and returns the file's own
// confusion table.
func screenFile(t *testing.T, name string, total *eval.Confusion) *eval.Confusion {
	t.Helper()
	path := filepath.Join("..", "..", "..", "testdata", "corpus", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening corpus: %v", err)
	}
	defer f.Close()
	s := newScreener(t)
	c := &eval.Confusion{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 256<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		in, err := batch.Decode(sc.Bytes())
		if err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		o := s.Screen(context.Background(), in)
		if o.Error != "" {
			t.Fatalf("%s:%d: screening failed: %s", name, n, o.Error)
		}
		if err := c.Add(in.Label, in.Category, string(o.Verdict)); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		if total != nil {
			_ = total.Add(in.Label, in.Category, string(o.Verdict)) // the label was just accepted
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", name, err)
	}
	if c.Genuine().Total == 0 || c.Junk().Total == 0 {
		t.Fatalf("%s: %d genuine and %d junk records; both classes are needed", name, c.Genuine().Total, c.Junk().Total)
	}
	return c
}

// TestScreeningAccuracy checks the product target on the whole labeled
// corpus (both splits, each screened with a fresh screener, as
// `leadctl eval` screens one file) and on the tuning split, and guards the
// holdout, which tuning never looked at, at its measured level.
func TestScreeningAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the whole labeled corpus")
	}
	all := &eval.Confusion{}
	check := func(t *testing.T, c *eval.Confusion, wantRecall float64) {
		t.Helper()
		t.Log("\n" + c.Table())
		if r := c.JunkRecall(); r < wantRecall {
			t.Errorf("junk recall %.2f%%, want at least %.0f%%", 100*r, 100*wantRecall)
		}
		if fp := c.FalsePositiveRate(); fp > maxGenuineFP {
			t.Errorf("genuine false positives %.2f%%, want at most %.1f%%", 100*fp, 100*maxGenuineFP)
		}
		if rv := c.ReviewRate(); rv > maxReviewRate {
			t.Errorf("review %.2f%% of all leads, want at most %.0f%%", 100*rv, 100*maxReviewRate)
		}
	}
	for _, name := range []string{"tuning.jsonl", "holdout.jsonl"} {
		t.Run(name, func(t *testing.T) {
			want := minJunkRecall
			if name == "holdout.jsonl" {
				want = holdoutRecallFloor
			}
			check(t, screenFile(t, name, all), want)
		})
	}
	t.Run("whole corpus", func(t *testing.T) {
		if n := all.Genuine().Total + all.Junk().Total; n < minCorpusSize {
			t.Fatalf("the corpus has %d labeled submissions, want at least %d", n, minCorpusSize)
		}
		check(t, all, wholeCorpusRecallFloor)
	})
}

// The outsider set (testdata/outsider) was written by another hand from a
// list of junk kinds, without reading the detectors; nothing is tuned on
// it. It is screened as `leadctl eval` screens it: the files together,
// laid out by submitted_at first. The product targets hold there and
// are asserted: junk recall at its target, genuine marked junk and review
// within theirs, and the worst junk family at its measured level.
const (
	// outsiderRecallFloor guards the outsider's junk recall, above the
	// target (minJunkRecall); measured 96.1 % (1,960 of 2,040) after task
	// direction6 on 7 December 2026, 95.4 % before (git log of this file
	// has the way there).
	outsiderRecallFloor = 0.96
	// outsiderWorstFamilyFloor guards its worst junk family at the measured
	// level: disposable addresses 92.1 %, abusive messages 93.3 %;
	// multilingual spam rose from 91.4 to 96.8 % with task direction6's
	// model offers and to 97.3 % with task spamvocab's spam-trade table,
	// the whole set to 96.3 % (1,964 of 2,040) (target 85 %).
	outsiderWorstFamilyFloor = 0.92
)

// TestOutsiderAccuracy measures the held-out outsider families.
func TestOutsiderAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the whole outsider set")
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "outsider", "*.jsonl"))
	if err != nil || len(files) < 20 {
		t.Fatalf("outsider files: %v %v", files, err)
	}
	var data []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b...)
	}
	r := screenLaidOut(t, data)
	c := r.Families()
	t.Log("\n" + r.String())
	checkRates(t, c, outsiderRecallFloor)
	if w, ok := c.WorstJunk(); !ok || w.Rate < outsiderWorstFamilyFloor {
		t.Errorf("worst junk family %+v, below its floor %.0f%%", w, 100*outsiderWorstFamilyFloor)
	}
}

// checkRates asserts the product's targets for genuine leads marked junk
// and for review on c, and its junk recall against recallFloor.
func checkRates(t *testing.T, c *eval.Confusion, recallFloor float64) {
	t.Helper()
	if fp := c.FalsePositiveRate(); fp > maxGenuineFP {
		t.Errorf("genuine marked junk %.2f%%, want at most %.1f%%", 100*fp, 100*maxGenuineFP)
	}
	if rv := c.ReviewRate(); rv > maxReviewRate {
		t.Errorf("review %.2f%% of all leads, want at most %.0f%%", 100*rv, 100*maxReviewRate)
	}
	if rec := c.JunkRecall(); rec < recallFloor {
		t.Errorf("junk recall %.2f%%, below its floor %.0f%%", 100*rec, 100*recallFloor)
	}
}

// screenLaidOut screens labelled lines as `leadctl eval` does: laid out
// by submitted_at first, then each line judged, per family and source.
func screenLaidOut(t *testing.T, data []byte) *eval.Report {
	t.Helper()
	tl := screen.NewTimeline()
	batch.LayOut(tl, data)
	s := newScreenerWith(t, tl)
	r := &eval.Report{}
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		in, err := batch.Decode(line)
		if err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		var p struct{ Family, Source string }
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatal(err)
		}
		o := s.Screen(context.Background(), in)
		if o.Error != "" {
			t.Fatalf("line %d: %s", n+1, o.Error)
		}
		if err := r.Add(eval.Sample{Label: in.Label, Category: in.Category, Family: p.Family, Source: p.Source, Verdict: string(o.Verdict)}); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// Targets on testdata/kinds, the set written for the weakest junk kinds
// and their genuine look-alikes (see its README), in rounds, each under
// its own source. Rounds one to three (kinds-gen, kinds-gen-r3) were
// looked at while the detectors changed: tuning rounds, held to more.
// Rounds four and five were written before any detector ran on them and
// measured first (kinds-gen-r4 caught 49.3 %, kinds-gen-r5 82.8 % with
// 11 of 40 genuine marked junk, which removed the rule that did it);
// they are the held-out rounds, held to the targets where they
// meet them and guarded at their measured level where they do not.
const (
	// kindsTuningFloor guards the junk recall of the tuning rounds
	// (96.7 % and 96.0 % measured).
	kindsTuningFloor = 0.95
	// kindsFamilyFloor is the floor for a kind of junk, asserted
	// on each of the message kinds over the whole set (abuse 97.8 %,
	// adverts 93.5 %, multilingual spam 96.2 %, pitches 87.6 %
	// measured).
	kindsFamilyFloor = 0.85
)

// kindsHeldOutFloors guard the junk recall of the held-out rounds:
// round five meets the per-kind floor (98.3 % measured); round
// four is guarded at its measured 93.0 % (80.3 % before the pitch2
// rules: pitch moves, remedy forms; 88.7 % after them, 91.5 % before task
// direction8, whose seller's price reads one more of its adverts).
var kindsHeldOutFloors = map[string]float64{"kinds-gen-r4": 0.92, "kinds-gen-r5": 0.95}

// TestKindsAccuracy measures testdata/kinds: no genuine look-alike
// (angry customers, procurement, health companies, busy offices, firms
// asking for a call) marked junk, review within the target, and the junk
// kinds caught, on the tuning and on the held-out rounds.
func TestKindsAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the kinds set")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "kinds", "kinds.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r := screenLaidOut(t, data)
	c := r.Families()
	t.Log("\n" + r.String())
	if fp := c.FalsePositiveRate(); fp > maxGenuineFP {
		t.Errorf("genuine marked junk %.2f%%, want at most %.1f%%", 100*fp, 100*maxGenuineFP)
	}
	if rv := c.ReviewRate(); rv > maxReviewRate {
		t.Errorf("review %.2f%% of all leads, want at most %.0f%%", 100*rv, 100*maxReviewRate)
	}
	for _, fam := range []string{"abusive", "supplement_ads", "vendor_pitch", "multilingual_spam"} {
		n := c.Category("junk", fam)
		if n.Total == 0 || float64(n.Flagged) < kindsFamilyFloor*float64(n.Total) {
			t.Errorf("%s: %d of %d junk caught, below its floor %.0f%%", fam, n.Flagged, n.Total, 100*kindsFamilyFloor)
		}
	}
	floors := map[string]float64{"kinds-gen": kindsTuningFloor, "kinds-gen-r3": kindsTuningFloor}
	maps.Copy(floors, kindsHeldOutFloors)
	for src, floor := range floors {
		sc := r.Source(src)
		if sc == nil {
			t.Errorf("no records from source %s", src)
			continue
		}
		if rec := sc.JunkRecall(); rec < floor {
			t.Errorf("%s: junk recall %.2f%%, below its floor %.0f%%", src, 100*rec, 100*floor)
		}
		if fp := sc.FalsePositiveRate(); fp > maxGenuineFP {
			t.Errorf("%s: genuine marked junk %.2f%%, want at most %.1f%%", src, 100*fp, 100*maxGenuineFP)
		}
	}
}

// Targets on testdata/kinds/identity.jsonl, the identity and behaviour
// kinds (test entries, links in names, disposable and invalid addresses,
// bursts minutes apart, content bots, vendor pitches) and their genuine
// look-alikes (autofill users, real people with placeholder-like names,
// busy offices, testing firms, small mail providers). Each round carries
// its own source. Rounds one and two (kinds-identity) and three and four
// (kinds-identity-r3, -r4) were measured first and then looked at while
// the rules changed: tuning rounds, held to the product targets. Round
// five (kinds-identity-r5) was written after the last rule change and is
// held out, guarded at its measured level. Rounds six to eight
// (kinds-identity-r6, -r7, -r8: vendor pitches, supplement adverts and
// throwaway addresses on services no list holds, with their look-alikes)
// were each measured once before the rules they informed (56.4 %, 42.4 %
// and 41.9 % of their junk caught) and then tuned on. Round nine
// (kinds-identity-r9: invalid addresses, fast bots, throwaway domains,
// adverts and their look-alikes) caught 91.5 % of its junk with 3 of 36
// look-alikes marked junk before its rules, and was then tuned on; round
// ten (kinds-identity-r10) was written after them and is held out.
// Round eleven (kinds-identity-r11: doubled suffixes, free-mail names
// under suffixes they do not use, throwaway names in more languages,
// crawlers) caught 64.0 % of its junk before its rules and was then tuned
// on; round twelve (kinds-identity-r12) was written after them and is held
// out. Round thirteen (kinds-identity-r13: test entries and throwaway
// services in shapes no earlier round used) caught 77.1 % of its junk with
// 1 of 15 look-alikes marked junk before the test-entry classes
// (internal/screen/testclasses.go) that it and round five's misses then
// informed; round fourteen (kinds-identity-r14) was written before those
// classes and sealed until they were done (75.0 %), then its misses were
// studied too; so were round fifteen's (kinds-identity-r15, 19.6 % when
// first measured). Round sixteen (kinds-identity-r16) was written before
// the rules round fifteen informed and sealed until they were done: held
// out, and kept out of the whole-set and family floors, which guard the
// rounds that were tuned on or held out before (identityOwnFloorsOnly).
// Round seventeen (kinds-identity-r17) was written with round eighteen
// before the whole-submission classes (internal/screen/wholeentry.go),
// measured once (57.1 %), then studied with round sixteen's misses; it is
// kept to its own floor too. Round eighteen (kinds-identity-r18), written
// with it and sealed until those rules were done, is held out. Round
// nineteen (kinds-identity-r19), written by task identity5 before the
// test-entry vocabulary and sealed until it was done, is held out too.
const (
	// identityRecallFloor guards the junk recall of rounds one and two
	// (98.6 % measured; round two's junk was caught at 89.3 % before its
	// rules).
	identityRecallFloor = 0.95
	// identityTuningFloor guards rounds three and four (95.2 % and 96.1 %
	// measured, with or without round nine's rules; 54.8 % and 71.4 %
	// before their own rules).
	identityTuningFloor = 0.95
	// identityHeldOutFloor guards round five: held out at 69.6 % (with the
	// rules of rounds three and four; 39.3 % before them), its test entries
	// 12 of 23; studied for the test-entry classes, a tuning round since,
	// 87.5 % measured with them (test entries 21 of 23), 91.1 % with the
	// lessons of rounds fourteen and fifteen; 92.9 % with task identity6's
	// tables.
	identityHeldOutFloor = 0.92
	// identityAllFloor guards the whole set (94.4 % measured; 92.9 % since
	// a generator-shaped address alone is a weak sign, generatedAddressNote;
	// 93.6 % with rounds thirteen and fourteen and the test-entry classes;
	// 94.6 % with the lessons of rounds fourteen and fifteen, round sixteen
	// aside; 96.1 % with task identity6's tables, rounds sixteen to
	// nineteen aside).
	identityAllFloor = 0.96
	// identityFamilyFloor is the floor for every kind of junk,
	// over the whole set.
	identityFamilyFloor = 0.85
	// identityPitchFloor guards the vendor pitches of rounds three to
	// eight: 91.8 % measured (84.9 % before rounds six to eight and their
	// rules).
	identityPitchFloor = 0.91
	// identityPitchRoundsFloor guards rounds six to eight, tuning rounds
	// now (96.4 %, 90.9 % and 90.3 % measured; 87.3 %, 81.8 % and 83.9 %
	// since generatedAddressNote).
	// 87.3 %, 84.8 % and 87.1 % with the throwaway words of more regions;
	// 87.3 %, 87.9 % and 87.1 % with round fifteen's).
	identityPitchRoundsFloor = 0.87
	// identityRound9Floor guards round nine, a tuning round now (96.8 %
	// measured; 91.5 % before its rules).
	identityRound9Floor = 0.95
	// identityRound10Floor guards round ten, held out (90.5 % measured
	// with round nine's rules; 88.1 % with the rules before them; 97.6 %
	// with round eleven's, which were not written from it).
	// 92.9 % since generatedAddressNote.
	identityRound10Floor = 0.92
	// identityRound11Floor guards round eleven, a tuning round (88.0 %
	// measured with its rules; 64.0 % before them).
	identityRound11Floor = 0.88
	// identityRound12Floor guards round twelve, held out (89.3 % measured
	// with round eleven's rules, once); 96.4 % with the throwaway words
	// of more languages of task identity6 (its disposable family 6 of 6).
	identityRound12Floor = 0.96
	// identityRound13Floor guards round thirteen, a tuning round (97.9 %
	// measured with the test-entry classes, 100 % with the later lessons;
	// 77.1 % before them, once).
	identityRound13Floor = 0.99
	// identityRound14Floor guards round fourteen, a tuning round since its
	// one held-out measurement (75.0 %, sealed until then; 59.1 % with the
	// rules before the test-entry classes); 97.7 % with its lessons.
	identityRound14Floor = 0.97
	// identityRound15Floor guards round fifteen, a tuning round since its
	// one held-out measurement (19.6 %; 15.2 % with main's rules); 87.0 %
	// with its lessons; 93.5 % with the fictional, role and meta tables of
	// task identity6 (97.8 % with all of them).
	identityRound15Floor = 0.97
	// identityRound16Floor guards round sixteen, held out (23.8 % measured
	// once, sealed until the rules of round fifteen were done; 19.0 % with
	// main's rules), then studied with round seventeen for the
	// whole-submission classes (internal/screen/wholeentry.go): 52.4 %;
	// 71.4 % with the test-entry vocabulary (internal/screen/testvocab.go),
	// 78.6 % once it held the fictional people round sixteen had shown;
	// 97.6 % with task identity6's tables (stories in two fields, a
	// message of nothing but a test word).
	identityRound16Floor = 0.97
	// identityRound17Floor guards round seventeen, written with round
	// eighteen before any rule of task identity4 and measured once before
	// them (57.1 %), then studied: 81.0 % with its lessons, 85.7 % with the
	// test-entry vocabulary; 92.9 % with task identity6's tables.
	identityRound17Floor = 0.92
	// identityRound18Floor guards round eighteen, held out: written with
	// round seventeen before any rule of task identity4, sealed until they
	// were done, measured once (56.8 %; 45.5 % with the rules before them):
	// the figure that says what new writing gets. 70.5 % with the
	// test-entry vocabulary of task identity5, not written from its rows;
	// 90.9 % (test entries 34 of 37) with task identity6's tables of the
	// classes it showed (fictional people and their stories, roles for
	// names, messages about the form, encoded test words): a tuning round
	// since. 93.2 % (41 of 44: content bots 7 of 7) with task identity7's
	// classes, not written from its rows (a title typed as the name).
	identityRound18Floor = 0.93
	// identityRound19Floor guards round nineteen, held out: written by task
	// identity5 before its rules (the test-entry vocabulary,
	// internal/screen/testvocab.go), sealed until they were done, measured
	// once: 92.7 % (12.2 % with the rules before them). Its author wrote
	// the vocabulary too, so it is a weaker hold-out than its number says.
	// 97.6 % with task identity6's first tables, 100 % with all of them (a
	// tuning round for it).
	identityRound19Floor = 0.99
	// identityRound20Floor guards round twenty, held out: written by task
	// sealed32 (its author read no detector and measured nothing) while
	// the next detectors were being written, sealed from their authors.
	// With the rules before them it measured 84.6 % (33 of 39: throwaway
	// 12 of 12, test entries 21 of 27; none of its 15 look-alikes junk),
	// and the same once after them: the held-out figure. A tuning round
	// since: task identity7 read its six misses and wrote the classes they
	// showed (internal/screen/testertells.go: a title for a name, a firm of
	// legal forms only, test words of every list in both names, a numbered
	// role, a test tag on the address, a long message that calls itself a
	// test and asks for no answer): 100 % (39 of 39), no look-alike junk.
	identityRound20Floor = 1.00
	// identityRound21Floor guards round twenty-one, held out: written by
	// task sealed33 (its author read no detector and measured nothing)
	// while tasks direction8 and identity7 wrote their rules, sealed from
	// them. With the rules before them it measured 97.4 % (38 of 39:
	// throwaway 13 of 13, test entries 25 of 26) and one of its 15
	// look-alikes junk (see identityKnownMisfires); after them, measured
	// once, the same.
	identityRound21Floor = 0.97
	// identityRound22Floor guards round twenty-two, held out: written by
	// task sealed34 like twenty-one, sealed while task direction9 wrote
	// its rules. With the rules before them it measured 83.7 % (36 of 43:
	// throwaway 13 of 13, test entries 23 of 30) and one of its 15
	// look-alikes junk (see identityKnownMisfires). A tuning round since:
	// task identity8 read its misses and wrote the two concepts they
	// lacked as whole tables in every language (testers' notes in the
	// message and job titles for names, internal/screen/testernotes.go),
	// not its words: 95.3 % (41 of 43: test entries 28 of 30), no
	// look-alike junk.
	identityRound22Floor = 0.95
	// identityRound23Floor guards round twenty-three, held out: written by
	// task sealed35 like twenty-two, sealed from the tasks of 8 December.
	// With the rules before them it measured 76.7 % (33 of 43: throwaway
	// 12 of 12, test entries 21 of 31) and two of its 15 look-alikes junk
	// (see identityKnownMisfires). After them (the tester's notes of task
	// identity8, the typed pieces), measured once: 79.1 % (test entries
	// 22 of 31), the same two look-alikes junk. A tuning round since:
	// task identity9 read its misses for their classes and wrote them as
	// concepts (a test that asks not to be answered is two pieces in every
	// language the tables read; the words of test automation,
	// internal/screen/qavocab.go): 95.3 % (test entries 29 of 31), the
	// same two look-alikes junk (messengers, not this file's).
	identityRound23Floor = 0.95
	// identityRound24Floor guards round twenty-four, held out: written by
	// task sealed36 while the tasks of 8 December worked, sealed from
	// them; measured with the rules before them (at 6af139b) 73.8 % (31 of
	// 42: throwaway 13 of 13, test entries 18 of 29), none of its 17
	// look-alikes junk; after them, once, 83.3 % (test entries 22 of 29).
	// A tuning round since, with round twenty-three (task identity9):
	// 95.2 % (test entries 27 of 29), no look-alike junk.
	identityRound24Floor = 0.95
	// identityRound25Floor guards round twenty-five, held out: written by
	// task sealed37 while the day's first cycle was merged, sealed from the
	// second cycle's tasks (asking, channels, identity9); 84.0 % at
	// 6af139b (test entries 29 of 37), 86.0 % (43 of 50: test entries 30 of 37, throwaway 13 of
	// 13) with the first cycle, none of its 16 look-alikes junk; after the
	// second, measured once, 88.0 % (test entries 31 of 37), none junk.
	identityRound25Floor = 0.88
	// identityRound26Floor guards round twenty-six, held out: written by
	// task sealed38, sealed from the whole day's work: with the rules of
	// the day's start 92.5 % (37 of 40: test entries 25 of 28) and two of
	// its 17 look-alikes junk; with the day's rules 95.0 % (test entries 26
	// of 28) and one (see identityKnownMisfires).
	identityRound26Floor = 0.95
	// identityOwnFloorsOnly are the rounds kept out of the whole-set and
	// family floors: written in languages and shapes no rule had seen, they
	// measure what new writing gets, not what the set's rules hold, and
	// each has its own floor above (rounds sixteen and seventeen, though
	// studied since, stay out so that the floors of the rounds before them
	// keep their meaning).
)

// identityKnownMisfires are look-alikes of a held-out round marked junk
// when it was measured, counted until their rule is mended. Rounds
// twenty-one and twenty-two each had one when measured: a real Ola
// Nordmann of Nordmann Bygg AS and a real Thomas Mustermann of Mustermann
// Holzbau, the country's John Doe as a family whose firm carries the name
// beside its trade; mended since (familyTrade in internal/screen), so
// none is counted now.
//
// Round twenty-three had two when measured (8 December): a Yangon
// trading firm asking whether the form works in Burmese with a Viber
// number, an Addis coffee exporter asking whether we take SWIFT with a
// Telegram one, the spam model (0.90–0.92) and the messenger
// corroborating each other; mended by task asking (in a message that
// asks something of us they do not), so none is counted now. Round
// twenty-six, sealed from the whole day, had two with the day's first
// rules and one with its last.
var identityKnownMisfires = map[string]int{"kinds-identity-r26": 1}

var identityOwnFloorsOnly = []string{"kinds-identity-r16", "kinds-identity-r17", "kinds-identity-r18", "kinds-identity-r19", "kinds-identity-r20", "kinds-identity-r21", "kinds-identity-r22", "kinds-identity-r23", "kinds-identity-r24", "kinds-identity-r25", "kinds-identity-r26"}

const (
	// identityTestEntryFloor guards the set's test entries (93.9 %
	// measured with the test-entry classes; 95.6 % with the later
	// lessons, round sixteen aside; 99.7 % with task identity6's tables,
	// rounds sixteen to nineteen aside).
	identityTestEntryFloor = 0.99
	// identityDisposableFloor guards the set's throwaway addresses below
	// the family floor (84.4 % measured; 92.8 % before
	// generatedAddressNote; 85.5 % with the throwaway words of more
	// regions and rounds thirteen and fourteen; 88.1 % with round
	// fifteen's, round sixteen aside; 89.5 % with task identity6's
	// throwaway words of more languages, rounds sixteen to nineteen aside).
	//
	// generatedAddressNote: an address shaped as a throwaway generator's
	// ("xotira4817@" at a domain no list knows) was disposable_email, junk
	// on its own; it is generated_address now, a weak sign, because real
	// people pick such handles at small providers ("sunoko482@" at a German
	// ISP) and one weak sign never decides junk. The rows of rounds six to
	// ten whose only sign it was pass now; the floors above record the
	// trade rather than hide it.
	identityDisposableFloor = 0.89
)

// TestIdentityKindsAccuracy measures testdata/kinds/identity.jsonl: no
// genuine look-alike marked junk, review within the target, every junk
// family at least identityFamilyFloor, every round at its floor.
func TestIdentityKindsAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the identity kinds set")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "kinds", "identity.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r := screenLaidOut(t, data)
	t.Log("\n" + r.String())
	// The whole-set and family floors leave the rounds of
	// identityOwnFloorsOnly out; their own floors below guard them.
	var tuned [][]byte
	left := map[string]bool{}
lines:
	for line := range bytes.SplitSeq(bytes.TrimSpace(data), []byte("\n")) {
		for _, src := range identityOwnFloorsOnly {
			if bytes.Contains(line, []byte(`"source":"`+src+`"`)) {
				left[src] = true
				continue lines
			}
		}
		tuned = append(tuned, line)
	}
	for _, src := range identityOwnFloorsOnly {
		if !left[src] {
			t.Fatalf("no records from %s: a round kept to its own floor is missing", src)
		}
	}
	c := screenLaidOut(t, bytes.Join(tuned, []byte("\n"))).Families()
	checkRates(t, c, identityAllFloor)
	for fam, floor := range map[string]float64{
		"burst": identityFamilyFloor, "content_bot": identityFamilyFloor, "disposable": identityDisposableFloor,
		"invalid_email": identityFamilyFloor, "test_entry": identityTestEntryFloor, "url_in_name": identityFamilyFloor,
		"vendor_pitch": identityPitchFloor, "supplement_ads": identityFamilyFloor, "fast_bot": identityFamilyFloor,
	} {
		n := c.Category("junk", fam)
		if n.Total == 0 || float64(n.Flagged) < floor*float64(n.Total) {
			t.Errorf("%s: %d of %d junk caught, below its floor %.0f%%", fam, n.Flagged, n.Total, 100*floor)
		}
	}
	for _, fam := range []string{"autofill", "busy_office", "identity_lookalike", "pitch_lookalike"} {
		if n := c.Category("genuine", fam); n.Total == 0 || n.Flagged > 0 {
			t.Errorf("%s: %d of %d genuine look-alikes marked junk", fam, n.Flagged, n.Total)
		}
	}
	for src, floor := range map[string]float64{
		"kinds-identity": identityRecallFloor, "kinds-identity-r3": identityTuningFloor,
		"kinds-identity-r4": identityTuningFloor, "kinds-identity-r5": identityHeldOutFloor,
		"kinds-identity-r6": identityPitchRoundsFloor, "kinds-identity-r7": identityPitchRoundsFloor,
		"kinds-identity-r8": identityPitchRoundsFloor,
		"kinds-identity-r9": identityRound9Floor, "kinds-identity-r10": identityRound10Floor,
		"kinds-identity-r11": identityRound11Floor, "kinds-identity-r12": identityRound12Floor,
		"kinds-identity-r13": identityRound13Floor, "kinds-identity-r14": identityRound14Floor,
		"kinds-identity-r15": identityRound15Floor, "kinds-identity-r16": identityRound16Floor,
		"kinds-identity-r17": identityRound17Floor, "kinds-identity-r18": identityRound18Floor,
		"kinds-identity-r19": identityRound19Floor, "kinds-identity-r20": identityRound20Floor,
		"kinds-identity-r21": identityRound21Floor, "kinds-identity-r22": identityRound22Floor,
		"kinds-identity-r23": identityRound23Floor, "kinds-identity-r24": identityRound24Floor,
		"kinds-identity-r25": identityRound25Floor, "kinds-identity-r26": identityRound26Floor,
	} {
		sc := r.Source(src)
		if sc == nil {
			t.Errorf("no records from source %s", src)
			continue
		}
		if rec := sc.JunkRecall(); rec < floor {
			t.Errorf("%s: junk recall %.2f%%, below its floor %.0f%%", src, 100*rec, 100*floor)
		}
		if g := sc.Genuine(); g.Flagged > identityKnownMisfires[src] {
			t.Errorf("%s: %d of %d genuine marked junk, want at most %d", src, g.Flagged, g.Total, identityKnownMisfires[src])
		}
	}
}
