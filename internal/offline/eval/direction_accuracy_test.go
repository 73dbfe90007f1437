package eval_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Targets on testdata/kinds/direction.jsonl: abuse and vendor pitches in
// many languages and the genuine leads that look like them (procurement,
// resellers, agencies writing for a client, firms that present
// themselves, buyers stating what they can do with our product,
// customers who swear). Written in rounds, each measured once before the
// rules it then informed (testdata/kinds/README.md, "The direction
// set"): round fourteen at 85 % of its abuse and 80 % of its
// pitches with 1 of its 25 look-alikes junk, round fifteen at 70 % and
// 85 % with 1 of 25. Round sixteen was written after round fifteen's
// lessons and never tuned on: it is guarded at what it measured. Round
// seventeen (abuse masked, spaced and in about twenty languages, and
// multilingual spam with disguised links and handles) was measured once
// before its lessons — abuse 34 of 48, spam 28 of 40, 6 of its 40
// look-alikes junk — then tuned on, like rounds six to fifteen.
const (
	// directionFamilyFloor is the floor for every kind of junk,
	// on the whole set and on each tuned round.
	directionFamilyFloor = 0.85
	// heldOutMaxFP is how many genuine look-alikes of the whole set may
	// be marked junk: none. The held-out rounds' junk recall is guarded
	// at what each measured (see heldOutDirection).
	heldOutMaxFP = 0
)

// heldOutDirection are the rounds never tuned on and the junk recall each
// is guarded at. Round sixteen: 27 of its 35 junk caught when it was
// written (77 %: abuse 15 of 20, pitches 12 of 15), none of its 20
// look-alikes junk; it measured 28 until a demand to stop calling in
// Chinese, Korean, Japanese and Hindi stopped counting as an insult (a
// defect that marked polite requests junk; one of the round's insults had
// been caught only through it); 29 of 35 (82.9 %) after round
// seventeen's rules (hidden swearing, contempt that asks for nothing),
// which never looked at it. Round eighteen: written after round
// seventeen's lessons; 48 of its 60 junk (80 %: abuse 28 of 35, spam 20
// of 25) and 1 of its 30 look-alikes junk when measured, a security
// researcher naming "<script>" whose tag counted as markup on top of the
// probe's half points; that misfire alone was then removed (toldMarkup).
// 49 of 60 (81.7 %) after later rules that never looked at its rows
// (drawn-out and look-alike letters, the finger emoji).
// Rounds nineteen to twenty-one (task abuse3), each written before any
// detector ran on it. Nineteen measured 62 of 89 (69.7 %) and 1 of 35
// look-alikes junk before its lessons, then was tuned on. Twenty,
// written after them, measured 47 of its 68 junk (69.1 %; 44 with the
// rules before round nineteen) and 3 of 30 look-alikes junk: one by the
// new threat rule and one a question naming disguised links (both
// removed), one a complaint read as vendor outreach (kept: see
// knownMisfires); then it was tuned on. Twenty-one, written after
// twenty was measured and before its lessons, measured once after the
// last rule change: 50 of its 70 junk (71.4 %: abuse 27 of 40, spam 23
// of 30; 43 with the rules before round nineteen) and none of its 30
// look-alikes junk. Sixteen and eighteen measured 88.6 % and 83.3 % after
// these rounds' rules, which never looked at them.
// Rounds twenty-two and twenty-three (task abuse4), each written before
// any detector ran on it. Twenty-two measured 54 of its 70 junk (77.1 %:
// abuse 35 of 40, spam 19 of 30) and 2 of 30 look-alikes junk (abuse
// and a threat quoted in single quotes) before its lessons, then was
// tuned on (94.3 %, none junk). Twenty-three, written after those rules,
// measured once: 56 of 70 (80.0 %: abuse 32 of 40, spam 24 of 30; 51
// of 70 and 1 look-alike junk with the rules before round twenty-two)
// and none of its 30 look-alikes junk; then it was tuned on (the trades
// on the lists with an app ID, more currencies, coming to the reader's
// place, knowing their address): 61 of 70 (87.1 %). Twenty-four, written
// after those lessons, measured once: 28 of its 35 junk (80.0 %: abuse 18
// of 20, spam 10 of 15; 23 of 35 and 1 of 15 look-alikes junk with the
// rules before round twenty-two) and none of its 15 look-alikes junk.
// Rounds twenty-five and twenty-six (task abuse5), written together before
// any detector ran on them. Twenty-five measured 57 of its 70 junk (81.4
// %: abuse 31 of 40, spam 26 of 30) and none of its 30 look-alikes junk,
// then was tuned on (abuse by its construction, long masks, links
// disguised by typing): 65 of 70 (92.9 %). Twenty-six stayed sealed until
// the last rule change, then measured once: 46 of its 50 junk (92.0 %:
// abuse 28 of 30, spam 18 of 20; 45 with the rules before) and none of its
// 20 look-alikes junk. Those rules, which never looked at the held-out
// rounds, raised twenty-one to 77.1 % and twenty-four to 82.9 %; eighteen
// already measured 85.0 % before them, 88.3 % after the concept lists of
// spam trades. Twenty-seven, written after twenty-six was measured and
// sealed until the last rule change, measured once: 34 of its 50 junk
// (68.0 %: abuse 18 of 30, spam 16 of 20), the same rows as with the rules
// before the task, and none of its 20 look-alikes junk. Then the abuse
// model (internal/screen/abusetext), trained on none of these rounds,
// raised sixteen to 91.4 %, eighteen to 90.0 %, twenty-one to 82.9 %
// (abuse 32 of 40) and twenty-seven to 76.0 % (abuse 22 of 30), none of
// their look-alikes junk. Twenty-eight, written before the model was
// trained and never in its data, measured once: 40 of its 45 junk (88.9
// %: abuse 27 of 30, spam 13 of 15; 37 with main's rules, 38 with this
// task's rules without the model) and none of its 20 look-alikes junk.
// The model's features were then made cheaper (every n-gram counted
// instead of each once: 7 µs a message instead of 60, chosen by its
// cross-validation, 73.8 % of abuse at 0.9 against 71.6 %); with it
// twenty-eight measures 39 of 45 (86.7 %: abuse 26 of 30) and twenty-one
// 58 of 70. The floors follow the model that ships.
// Task direction6 wrote rounds twenty-nine and thirty before any rule ran
// on them. Twenty-nine measured once: 37 of its 60 junk (61.7 %: abuse 21
// of 30, spam 9 of 20, pitches 7 of 10) and none of its 20 look-alikes
// junk; then it was tuned on (tunedRoundFloors). The task's classes — the
// abuse model with broader negatives, averaged over five fits; an advert
// whose trade no list names read by the spam model or the advert model
// of every script beside a way round the form; a spam phrase the spam
// model agrees with; hosts spelt letter by letter — never looked at the
// held-out rounds' rows and raised eighteen to 93.3 %, twenty-one to
// 87.1 %, twenty-four to 85.7 %, twenty-seven to 78.0 % and twenty-eight
// to 91.1 %, none of their look-alikes junk. (With the abuse model's
// threshold at 0.8 they measured up to 94.0, 86.0 and 95.6 %, but the
// outsider set then had three genuine leads junk by it: it is back at
// 0.9, see internal/screen/abusemodel.go.) Thirty, written with
// twenty-nine and sealed until the last rule change, measured once: 26
// of its 60 junk (43.3 %: abuse 14 of 30, spam 7 of 20, pitches 5 of 10;
// 22 with main's rules) and none of its 20 look-alikes junk; 25 of 60
// (41.7 %: abuse 13 of 30) once the threshold went back. Its abuse is in scripts and
// transliterations no labelled row holds (Bengali, Tamil, Urdu,
// Georgian, Armenian, Latvian, Icelandic, Swahili, Arabizi, Hinglish),
// its spam without a way round the form: the gap to expect on writing in
// a language the models never read.
// Task direction7 wrote round thirty-one before any change, in scripts
// and romanisations no earlier round used, and sealed it; then trained
// both message models on a corpus written for them in about a hundred
// languages and every major script (abusetext/train/world, its
// rows checked against every held-out row), took the abuse model's step
// from its cross-validation, and let the advert model agree with spam
// phrases where the spam model cannot read. That raised twenty-one to
// 88.6 %, twenty-four to 88.6 % and twenty-seven to 84.0 % (abuse 23 of
// 30), none of their look-alikes junk, and round thirty, read in that
// task and now a tuning round (tunedRoundFloors), from 25 to 34 of 60.
// Thirty-one measured once: 14 of its 50 junk (28.0 %: abuse 11 of 30,
// spam 3 of 20; 5 of 50 with main's rules, abuse 3) and none of its 20
// look-alikes junk. The character models still need many rows of a
// script to read it (abusetext/train -cv prints the figures per script).
// Task spamvocab read thirty-one as a tuning round and wrote the trades
// of spam in about 130 languages as one table (internal/screen/data/
// spamvocab.txt): multilingual spam of thirty-one rose from 3 to 20 of
// 20 (the round from 28.0 to 62.0 %; its abuse, 11 of 30, is the
// abuse model's), thirty's from 8 to 19 of 20 (56.7 to 75.0 %),
// twenty-nine's from 12 to 15 of 20 (81.7 to 86.7 %, at the family floor
// now), no look-alike junk in any round and no held-out round changed.
// Round thirty-two was written by task sealed32, whose author read no
// detector and measured nothing, while the next detectors were written
// (sealed from their authors): with the rules before them it measured 36
// of its 58 junk (62.1 %: abuse 20 of 32, spam 16 of 26) and none of its
// 26 look-alikes junk; after them, measured once: 45 of 58 (77.6 %: abuse
// 26 of 32, spam 19 of 26), none of its look-alikes junk, 3 of its 84
// rows in review.
// Task abusevocab wrote the abuse vocabulary of about 140 languages as
// one table (internal/screen/data/abusevocab.txt, from its author's
// knowledge of the languages, not from the rows), with round thirty-one
// as a tuning round: twenty-one rose to 90.0 % (abuse 34 of 40),
// twenty-eight to 93.3 % (abuse 27 of 30), thirty
// to 63.3 % (abuse 25 of 30) and thirty-one to 64.0 % (abuse 29 of 30),
// no look-alike junk. Both are tuning figures: the table's romanised
// lines (Greeklish, Russian and Arabic in Latin letters) were written
// with those rounds open.
// Task translit tuned on thirty and thirty-one (tunedRoundFloors): spam
// trade words written as loanwords in any script, read in Latin letters,
// with a second sign of an advert, raised twenty-nine to 50, thirty to 35
// and thirty-one to 16 of their junk (spam 5 of 20), no look-alike junk.
// With the three tables merged, thirty-two measured once as a held-out
// round: 45 of its 58 junk (77.6 %: abuse 26 of 32, spam 19 of 26), none
// of its 26 look-alikes junk, 3 of its 84 rows in review (3.6 %). Task
// direction8 then tuned on it (tunedRoundFloors): the mechanisms that
// failed, not its words — a seller's price ("ab 9 € pro Stück", "à
// partir de 199 €", "1000 followersów za 19 zł") read as an advert's,
// a trade of the table at its price, an offer of the table with a way
// round the form, a one-word hook ("Eenzaam?"), a messenger named as the
// place to write where the spam model is confident, the tables' requests
// and thanks as a customer's asking, questions of a message that sends
// the reader away read as scorn, Korean entries with their joined
// endings, and wishes of ruin in 42 of the abuse table's 111 languages
// that had none. Thirty-two rose to 58 of 58 with none of its review
// left, twenty-six to 94.0 % and twenty-seven to 86.0 %, which those
// changes never looked at; no look-alike junk in any round.
// Round thirty-three, written by task sealed33 as thirty-two was, while
// tasks direction8 and identity7 wrote their rules, sealed from them:
// with the rules before them 38 of its 56 junk (67.9 %: abuse 21 of 30,
// spam 17 of 26), none of its 25 look-alikes junk; after them, measured
// once, the same 38 of 56, though direction8 took thirty-two to 58 of 58:
// fixes drawn from one round's misses did not carry to the next.
// Task direction9 then tuned on it (tunedRoundFloors) by the classes of its
// misses, not its words: the abuse table's entries of suffixing languages
// (Turkic, Uralic, Dravidian, Indo-Aryan, …) take endings from five
// letters on, a question that ends by calling the reader a name is scorn,
// abuse inside a formal letter's formulas is read without them, an
// amount at a rate in time with a way to write outside the form is an
// advert's shape, spam loanwords respelt in Latin letters are read as
// those of other scripts, and a page named as the place to write ("in
// bio", "FB page") is a way round the form. Thirty-three rose to 47 of 56
// (83.9 %: abuse 25 of 30, spam 22 of 26) with 1 of its 81 rows in review
// and none of its look-alikes junk; held-out twenty-four rose from 31 to
// 32 of 35, which those changes never looked at.
// Round thirty-four, written by task sealed34 in the same way while task
// direction9 wrote its rules, sealed from it: with the rules before them
// 43 of its 58 junk (74.1 %: abuse 22 of 32, spam 21 of 26) and one of
// its 25 look-alikes junk (knownMisfires).
// Round thirty-five, written by task sealed35 (abuse without swear words,
// spam in languages with few speakers online, buyers from regions rarely
// seen), sealed from the tasks of 8 December: with the rules before them
// 36 of its 58 junk (62.1 %: abuse 18 of 32, spam 18 of 26) and two of
// its 26 look-alikes junk (knownMisfires); after them, measured once, 39
// of 58 (67.2 %: abuse 21 of 32, spam 18 of 26), the same two junk. The
// three abusive messages more are the abuse model's, retrained on the
// world corpus of four regional files (abusetext/train/world).
// Round thirty-six, written by task sealed36 in the same way while those
// tasks worked, sealed from them: with the rules before them (at 6af139b)
// 29 of its 64 junk (45.3 %: abuse 16 of 35, spam 13 of 29) and one of its
// 34 look-alikes junk; after them, once, 34 of 64 (53.1 %: abuse 21 of
// 35, spam 13 of 29), the same one junk.
// Round thirty-seven, written by task sealed37 while the first cycle was
// merged, sealed from the second cycle's tasks (asking, channels,
// identity9): 30 of 64 at 6af139b (abuse 9 of 33, spam 21 of 31), 38 of
// 64 with the first cycle (59.4 %: abuse 15 of 33, spam 23 of 31), four
// of its 29 look-alikes junk both times. After the second cycle,
// measured once: 38 of 64 again (abuse 16 of 33, spam 22 of 31: the
// messenger and hook tables that took rounds thirty-five and thirty-six's
// spam from 69.2 and 44.8 % to 84.6 and 72.4 % did not carry to it), and
// one look-alike junk where there were four (task asking's rule carried).
// Rounds thirty-five and thirty-six are tuning rounds since the second
// cycle (tasks channels, asking and identity9 read them): 74.1 % and
// 65.6 %, no look-alike junk. Round thirty-seven is one too since its
// misses were read (the lead's rule of advertising copy a model agrees
// with, modelAdCopy): 40 of 64 (62.5 %).
// Round thirty-eight, written by task sealed38 while the lead wrote that
// rule, sealed from the whole day: with the rules of the day's start
// (b573182, the same as 6af139b) 34 of its 58 junk (58.6 %: abuse 15 of
// 32, spam 19 of 26) and six of its 27 look-alikes junk; with the day's
// rules 39 of 58 (67.2 %: abuse 21 of 32, spam 18 of 26) and two.
//
// Round sixteen's floor was 0.91 (32 of 35) until the models were
// retrained on the world corpus (8 December): it lost one vendor pitch
// (31 of 35) while the held-out rounds twenty-one, twenty-seven,
// twenty-eight, thirty-four and thirty-five gained one to three rows each.
var heldOutDirection = map[string]float64{
	"direction-r16": 0.88,
	"direction-r18": 0.93,
	"direction-r21": 0.90,
	"direction-r24": 0.91,
	"direction-r26": 0.94,
	"direction-r27": 0.86,
	"direction-r28": 0.93,
	"direction-r34": 0.74,
	"direction-r35": 0.74,
	"direction-r36": 0.65,
	"direction-r37": 0.62,
	"direction-r38": 0.67,
}

// tunedRoundFloors are tuned rounds guarded at what they measure rather
// than at directionFamilyFloor. Round thirty-two (task direction8) is
// guarded at 0.98 of the 58 of 58 it measures after its lessons: one row
// of slack for rules merged beside it. Round thirty (its
// rows read in task direction7, never in a model's training data), 49 of
// 60 with the spam-trade and abuse tables (spam 19 of 20, abuse 25 of 30,
// pitches 5 of 10: pitches worded without a listed move pass). Round
// twenty-nine, guarded here at 49 of 60 until task spamvocab (its abuse
// all caught, since its rows train the abuse model; spam and pitches in
// words no list named), measures 52 of 60, and round thirty-one, read in
// tasks spamvocab and abusevocab, 49 of 50: both have the family floor.
//
// Round thirty-three (task direction9) is guarded at 0.82 of the 47 of
// 56 it measures after its lessons, one row of slack as for thirty-two:
// its misses left are abuse in words the table does not hold (Yoruba
// "olè" alone, Zulu and Haitian Creole insults, Moroccan Arabic in Latin
// letters, a Kazakh scornful question) and adverts with a price from and
// no way round the form.
var tunedRoundFloors = map[string]float64{"direction-r30": 0.81, "direction-r32": 0.98, "direction-r33": 0.82}

// knownMisfires are look-alikes marked junk when their round was
// measured whose rule was not changed for them, per round: round
// twenty's complaint "Your sales rep promised a discount and nobody
// followed up. Who do I talk to about pricing?" read as vendor outreach
// (removing the misfire cost vendor pitches of the kinds and identity
// sets). Rounds thirty-four to thirty-six had four between them when
// measured, buyers who ask us something and give a WhatsApp or Telegram
// number (a Dakar agency asking whether we take Orange Money, a Tashkent
// SEO agency asking for an agency plan, a Swahili insurer's polite asks),
// read as junk by the spam model and the messenger corroborating each
// other or by a spam trade beside a channel; mended by task asking (in a
// message that asks something of us neither corroborates the other, and
// a trade beside a channel weighs as in a question about our product),
// so none is counted now.
// Round thirty-seven, sealed from task asking, had four when measured
// before it and one after (a buyer the spam model reads as an advert).
var knownMisfires = map[string]int{"direction-r20": 1, "direction-r37": 1, "direction-r38": 2}

// tunedDirectionRounds are the rounds whose lessons were taken: six to
// fifteen, seventeen, nineteen, twenty, twenty-two, twenty-three,
// twenty-five, twenty-nine, thirty, thirty-one, thirty-two and
// thirty-three.
var tunedDirectionRounds = []int{6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 20, 22, 23, 25, 29, 30, 31, 32, 33}

// TestDirectionKindsAccuracy measures testdata/kinds/direction.jsonl: no
// genuine look-alike marked junk in any tuned round, review within the
// target, abuse and pitches each caught at the floor on the whole set,
// every tuned round's junk at the floor, and the held-out round at what it
// measured.
func TestDirectionKindsAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the direction kinds set")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "kinds", "direction.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r := screenLaidOut(t, data)
	c := r.Families()
	t.Log("\n" + r.String())
	if rv := c.ReviewRate(); rv > maxReviewRate {
		t.Errorf("review %.2f%% of all leads, want at most %.0f%%", 100*rv, 100*maxReviewRate)
	}
	for _, fam := range []string{"abusive", "vendor_pitch", "multilingual_spam"} {
		n := c.Category("junk", fam)
		if n.Total == 0 || float64(n.Flagged) < directionFamilyFloor*float64(n.Total) {
			t.Errorf("%s: %d of %d junk caught, below its floor %.0f%%", fam, n.Flagged, n.Total, 100*directionFamilyFloor)
		}
	}
	known := 0
	for _, n := range knownMisfires {
		known += n
	}
	if n := c.Category("genuine", "direction_lookalike"); n.Total == 0 || n.Flagged > heldOutMaxFP+known {
		t.Errorf("direction_lookalike: %d of %d genuine look-alikes marked junk, want at most %d", n.Flagged, n.Total, heldOutMaxFP+known)
	}
	for src, floor := range heldOutDirection {
		if sc := r.Source(src); sc == nil {
			t.Errorf("no records from source %s", src)
		} else if rec := sc.JunkRecall(); rec < floor {
			t.Errorf("%s (held out): junk recall %.2f%%, below its floor %.1f%%", src, 100*rec, 100*floor)
		}
	}
	for _, round := range tunedDirectionRounds {
		src := fmt.Sprintf("direction-r%d", round)
		sc := r.Source(src)
		if sc == nil {
			t.Errorf("no records from source %s", src)
			continue
		}
		floor := directionFamilyFloor
		if f, ok := tunedRoundFloors[src]; ok {
			floor = f
		}
		if rec := sc.JunkRecall(); rec < floor {
			t.Errorf("%s: junk recall %.2f%%, below its floor %.0f%%", src, 100*rec, 100*floor)
		}
		if g := sc.Genuine(); g.Flagged > knownMisfires[src] {
			t.Errorf("%s: %d of %d genuine marked junk, want at most %d", src, g.Flagged, g.Total, knownMisfires[src])
		}
	}
}
