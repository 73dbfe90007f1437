package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	register("dev seed", command{usage: "dev seed [--leads N] [--days D] [--seed S] [--until TIME] [--yes-real-table]",
		help: "fill the local table with made-up leads spread over the last days (forms, sources, countries, verdicts, review, seedOutcomes) and roll up the report aggregates; refuses unless AWS_ENDPOINT_URL_DYNAMODB names a local server", run: devSeed})
}

// seedPlan is what dev seed makes: n leads of forms received in the days
// before until, drawn from a generator seeded with seed, so that the same
// plan makes the same leads.
type seedPlan struct {
	n     int
	days  int
	seed  uint64
	until time.Time
	forms []string
}

func devSeed(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "dev seed")
	n := fs.Int("leads", 100_000, "how many leads to make")
	days := fs.Int("days", 90, "over how many days before --until")
	seed := fs.Uint64("seed", 1, "the random generator's seed: the same seed, --until and forms make the same leads")
	until := fs.String("until", "", "the latest time a lead may have (RFC 3339); now when empty")
	yesReal := fs.Bool("yes-real-table", false, "seed even when AWS_ENDPOINT_URL_DYNAMODB is unset, that is into a table on AWS")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *n <= 0 || *days <= 0 {
		return usageErr("want a positive --leads and --days and no arguments")
	}
	if e.getenv("AWS_ENDPOINT_URL_DYNAMODB") == "" && !*yesReal {
		return errors.New("AWS_ENDPOINT_URL_DYNAMODB is unset, so this would write made-up leads into a table on AWS; run it against `make dev`, or pass --yes-real-table if that is really meant")
	}
	plan := seedPlan{n: *n, days: *days, seed: *seed, until: time.Now().UTC().Truncate(time.Second)}
	if *until != "" {
		t, err := time.Parse(time.RFC3339, *until)
		if err != nil {
			return usageErr("--until: %v", err)
		}
		plan.until = t.UTC()
	}
	set, err := forms.Parse(config.Forms())
	if err != nil {
		return err
	}
	plan.forms = set.IDs()
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	started := time.Now()
	leads := plan.make()
	if err := seedWrite(ctx, st, leads); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %d leads in %s\n", len(leads), time.Since(started).Round(time.Second))
	started = time.Now()
	for _, form := range plan.forms {
		added, err := seedRollUp(ctx, st, form, plan.until.AddDate(0, 0, -plan.days), plan.until)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "rolled up %d leads of %s\n", added, form)
	}
	fmt.Fprintf(e.stderr, "rolled up in %s\n", time.Since(started).Round(time.Second))
	// The seeded outcomes were written with their leads, not recorded in
	// the console, so the reports' conversion counts them here.
	counted, err := st.TallyOutcomes(ctx, leads)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "counted %d outcomes in the report aggregates\n", counted)
	counts := map[lead.Verdict]int{}
	for _, l := range leads {
		counts[l.Verdict]++
	}
	fmt.Fprintf(e.stdout, "seeded %d leads of %s from %s to %s: %d qualified, %d nurture, %d review, %d junk\n",
		len(leads), strings.Join(plan.forms, ", "), plan.until.AddDate(0, 0, -plan.days).Format(time.DateOnly), plan.until.Format(time.DateOnly),
		counts[lead.VerdictQualified], counts[lead.VerdictNurture], counts[lead.VerdictReview], counts[lead.VerdictJunk])
	return nil
}

// seedWrite writes leads with four writers at once: the local server
// takes a batch at a time from each.
func seedWrite(ctx context.Context, st *store.Store, leads []*lead.Lead) error {
	const writers = 4
	var wg sync.WaitGroup
	errs := make([]error, writers)
	per := (len(leads) + writers - 1) / writers
	for w := range writers {
		part := leads[min(w*per, len(leads)):min((w+1)*per, len(leads))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = st.SeedLeads(ctx, part)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// seedRollUp rolls up form's leads from the day of from to until, a day
// at a time: a form's first roll-up starts the day before its until, so
// the days are walked in order, each roll-up going on from the last.
func seedRollUp(ctx context.Context, st *store.Store, form string, from, until time.Time) (int, error) {
	total := 0
	for day := from.Truncate(24*time.Hour).AddDate(0, 0, 1); ; day = day.AddDate(0, 0, 1) {
		end := day
		if !end.Before(until) {
			end = until
		}
		added, err := st.RollUp(ctx, form, end)
		if errors.Is(err, store.ErrConflict) {
			// The dispatcher rolled up meanwhile: go on from its mark.
			added, err = st.RollUp(ctx, form, end)
		}
		total += added
		if err != nil {
			return total, fmt.Errorf("roll up %s to %s: %w", form, end.Format(time.DateOnly), err)
		}
		if end.Equal(until) {
			return total, nil
		}
	}
}

// weighted picks one of choices by weight.
type weighted[T any] struct {
	items   []T
	cumul   []float64
	current float64
}

func (w *weighted[T]) add(item T, weight float64) *weighted[T] {
	w.current += weight
	w.items = append(w.items, item)
	w.cumul = append(w.cumul, w.current)
	return w
}

func (w *weighted[T]) pick(r *rand.Rand) T {
	x := r.Float64() * w.current
	i, _ := slices.BinarySearch(w.cumul, x)
	return w.items[min(i, len(w.items)-1)]
}

// source is where a lead came from: utm_source, else a referrer.
type source struct{ utm, referrer, campaign string }

var (
	goodSources = new(weighted[source]).
			add(source{"google", "", "brand-search"}, 24).add(source{"google", "", "generic-search"}, 8).
			add(source{"linkedin", "", "abm-q4"}, 14).add(source{"", "", ""}, 15).
			add(source{"newsletter", "", "monthly"}, 8).add(source{"facebook", "", "retargeting"}, 6).
			add(source{"bing", "", "generic-search"}, 4).add(source{"", "https://www.g2.com/products/leadsieve", ""}, 5).
			add(source{"", "https://www.capterra.com/p/leadsieve", ""}, 3).add(source{"", "https://partner.example.com/blog", ""}, 5).
			add(source{"twitter", "", "launch"}, 3).add(source{"", "https://news.ycombinator.com/", ""}, 2).
			add(source{"webinar", "", "webinar-nov"}, 3)
	junkSources = new(weighted[source]).
			add(source{"", "", ""}, 45).add(source{"google", "", "generic-search"}, 12).
			add(source{"", "https://seo-offers.example/", ""}, 10).add(source{"", "https://backlinks.example/list", ""}, 8).
			add(source{"facebook", "", "retargeting"}, 8).add(source{"linkedin", "", "abm-q4"}, 5).
			add(source{"", "https://www.g2.com/products/leadsieve", ""}, 2).add(source{"xrumer", "", ""}, 10)
	goodCountries = new(weighted[string]).
			add("US", 30).add("GB", 10).add("DE", 9).add("FR", 6).add("IN", 6).add("CA", 5).add("NL", 4).
			add("ES", 4).add("BR", 4).add("JP", 4).add("SE", 3).add("PL", 3).add("AU", 3).add("IT", 2).
			add("KR", 2).add("AE", 2).add("", 3)
	junkCountries = new(weighted[string]).
			add("", 30).add("US", 12).add("RU", 10).add("CN", 8).add("VN", 8).add("NG", 7).add("IN", 8).
			add("BR", 5).add("ID", 5).add("PK", 4).add("UA", 3)
	seedJunkReasons = new(weighted[lead.Reason]).
			add(lead.Reason{Code: "honeypot_filled", Points: 100}, 22).add(lead.Reason{Code: "submit_too_fast", Points: 60}, 18).
			add(lead.Reason{Code: "bot_user_agent", Points: 60}, 12).add(lead.Reason{Code: "disposable_email", Points: 60}, 14).
			add(lead.Reason{Code: "email_invalid", Points: 60}, 5).add(lead.Reason{Code: "gibberish_name", Points: 30}, 9).
			add(lead.Reason{Code: "message_links", Points: 30}, 8).add(lead.Reason{Code: "spam_phrases", Points: 40}, 7).
			add(lead.Reason{Code: "velocity_ip", Points: 40}, 4).add(lead.Reason{Code: "origin_not_allowed", Points: 40}, 3)
	seedReviewReasons = new(weighted[lead.Reason]).
				add(lead.Reason{Code: "role_account", Points: 10}, 5).add(lead.Reason{Code: "email_domain_typo", Points: 15}, 3).
				add(lead.Reason{Code: "gibberish_name", Points: 30}, 3).add(lead.Reason{Code: "message_links", Points: 30}, 4).
				add(lead.Reason{Code: "accept_language_missing", Points: 10}, 2)
	seedSegments = new(weighted[string]).add("general", 45).add("smb", 35).add("long-term", 12).add("education", 8)
	seedOutcomes = new(weighted[lead.OutcomeKind]).add(lead.OutcomeWon, 28).add(lead.OutcomeLost, 44).
			add(lead.OutcomeBadFit, 16).add(lead.OutcomeNotALead, 8).add(lead.OutcomeSpam, 4)
	firstNames = []string{"Ana", "Ben", "Chen", "Dana", "Emil", "Fatima", "Gustav", "Hana", "Ivan", "Julia", "Kofi", "Lena",
		"Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoe"}
	lastNames = []string{"Silva", "Meyer", "Kowalski", "Tanaka", "Okafor", "Novak", "Garcia", "Lindqvist", "Patel", "Dubois",
		"Rossi", "Kim", "Haddad", "Jensen", "Moreau", "Costa", "Fischer", "Nguyen", "Ahmed", "Larsen"}
	companies = []string{"Northwind", "Acme Tools", "Globex", "Initech", "Umbrella Labs", "Stark Freight", "Wayne Analytics",
		"Hooli", "Vandelay Imports", "Soylent Foods", "Cyberdyne", "Tyrell Systems", "Aperture Media", "Gringotts Finance",
		"Oceanic Air", "Wonka Retail", "Duff Brewing", "Pied Piper", "Massive Dynamic", "Blue Sun"}
	freeMail = []string{"gmail.com", "outlook.com", "yahoo.com", "proton.me"}
)

// verdictMix is the verdict mix of each form, in the proportions of the
// back-test history and the batch corpus: a sales form draws more junk
// and more qualified leads than a newsletter.
func verdictMix(form string) *weighted[lead.Verdict] {
	switch {
	case strings.Contains(form, "newsletter"):
		return new(weighted[lead.Verdict]).add(lead.VerdictJunk, 34).add(lead.VerdictReview, 3).add(lead.VerdictNurture, 60).add(lead.VerdictQualified, 3)
	case strings.Contains(form, "partner"):
		return new(weighted[lead.Verdict]).add(lead.VerdictJunk, 8).add(lead.VerdictReview, 6).add(lead.VerdictNurture, 46).add(lead.VerdictQualified, 40)
	}
	return new(weighted[lead.Verdict]).add(lead.VerdictJunk, 28).add(lead.VerdictReview, 6).add(lead.VerdictNurture, 40).add(lead.VerdictQualified, 26)
}

// weekdayShare is how busy a day of the week is, for people; bots keep
// no weekend.
var weekdayShare = [7]float64{time.Sunday: 0.3, time.Monday: 1, time.Tuesday: 1, time.Wednesday: 0.95, time.Thursday: 0.9, time.Friday: 0.75, time.Saturday: 0.35}

// hourShare is how busy an hour (UTC) is: European and American working
// days overlap in the afternoon.
func hourShare(h int) float64 {
	return 0.08 + math.Exp(-math.Pow(float64(h)-10, 2)/8) + 0.9*math.Exp(-math.Pow(float64(h)-16, 2)/10)
}

// when draws a time in [from, until): uniform for bots, weighted by
// weekday and hour for people, and growing a little towards until.
func when(r *rand.Rand, from, until time.Time, human bool) time.Time {
	span := until.Sub(from)
	for {
		at := from.Add(time.Duration(r.Int64N(int64(span))))
		if !human {
			return at
		}
		growth := 0.75 + 0.25*float64(at.Sub(from))/float64(span)
		if r.Float64()*1.2 < growth*weekdayShare[at.Weekday()]*hourShare(at.Hour()) {
			return at
		}
	}
}

// make draws the plan's leads, oldest first; each lead's id is the
// smallest of its time (lead.IDFloor), times being one millisecond apart
// at least, so that ids are unique and the plan deterministic.
func (p seedPlan) make() []*lead.Lead {
	r := rand.New(rand.NewPCG(p.seed, 0x1ead5))
	from := p.until.AddDate(0, 0, -p.days)
	formMix := new(weighted[string])
	for i, f := range p.forms {
		formMix.add(f, 1/float64(i+1)) // the first form, the main one, draws most
	}
	mixes := map[string]*weighted[lead.Verdict]{}
	for _, f := range p.forms {
		mixes[f] = verdictMix(f)
	}
	leads := make([]*lead.Lead, 0, p.n)
	for range p.n {
		form := formMix.pick(r)
		v := mixes[form].pick(r)
		at := when(r, from, p.until, v != lead.VerdictJunk || r.IntN(3) == 0)
		leads = append(leads, seedLead(r, form, v, at, p.until))
	}
	slices.SortFunc(leads, func(a, b *lead.Lead) int { return a.ReceivedAt.Compare(b.ReceivedAt) })
	var last time.Time
	for _, l := range leads {
		at := l.ReceivedAt.Truncate(time.Millisecond)
		if !at.After(last) {
			at = last.Add(time.Millisecond)
		}
		last = at
		l.ReceivedAt, l.Context.ReceivedAt, l.History[0].At = at, at, at
		if l.UpdatedAt.Before(at) {
			l.UpdatedAt = at
		}
		if l.Verdict == lead.VerdictJunk {
			exp := at.Add(30 * 24 * time.Hour)
			l.ExpiresAt = &exp
		}
		l.ID = lead.IDFloor(at)
	}
	return leads
}

// seedLead makes one lead of form with verdict v received at at; now is
// the seeding's until, before which every later event falls.
func seedLead(r *rand.Rand, form string, v lead.Verdict, at, now time.Time) *lead.Lead {
	first, last := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
	company := companies[r.IntN(len(companies))]
	domain := strings.ToLower(strings.ReplaceAll(company, " ", "")) + ".example"
	if r.IntN(5) == 0 {
		domain = freeMail[r.IntN(len(freeMail))]
	}
	email := fmt.Sprintf("%s.%s%d@%s", strings.ToLower(first), strings.ToLower(last), r.IntN(10000), domain)
	src, country := goodSources.pick(r), goodCountries.pick(r)
	if v == lead.VerdictJunk {
		src, country = junkSources.pick(r), junkCountries.pick(r)
	}
	l := &lead.Lead{FormID: form, Email: email, Verdict: v, ReceivedAt: at, UpdatedAt: at, SchemaVersion: lead.SchemaVersion,
		Fields: lead.Fields{Email: email, FirstName: first, LastName: last, Company: company, Country: country,
			UTMSource: src.utm, UTMCampaign: src.campaign, Referrer: src.referrer, Message: "Interested in a demo for our team."},
		Context:      lead.Context{IP: fmt.Sprintf("198.51.100.%d", 1+r.IntN(254)), UserAgent: "Mozilla/5.0", ReceivedAt: at},
		Screening:    lead.Screening{Verdict: lead.ScreenPass, Reasons: []lead.Reason{}},
		RulesVersion: "seed",
	}
	if src.utm != "" {
		l.Fields.UTMMedium = "cpc"
	}
	switch v {
	case lead.VerdictJunk:
		l.Screening.Verdict = lead.ScreenJunk
		for range 1 + r.IntN(2) {
			reason := seedJunkReasons.pick(r)
			if !slices.ContainsFunc(l.Screening.Reasons, func(x lead.Reason) bool { return x.Code == reason.Code }) {
				reason.Stage = lead.StageScreen
				l.Screening.Reasons = append(l.Screening.Reasons, reason)
				l.Screening.Score = min(100, l.Screening.Score+reason.Points)
			}
		}
	case lead.VerdictReview:
		reason := seedReviewReasons.pick(r)
		reason.Stage = lead.StageScreen
		l.Screening.Verdict, l.Screening.Score, l.Screening.Reasons = lead.ScreenReview, 40+r.IntN(20), []lead.Reason{reason}
	}
	if v != lead.VerdictJunk {
		score := 20 + r.IntN(45)
		if v == lead.VerdictQualified {
			score = 65 + r.IntN(35)
		}
		l.Fit = &lead.Fit{Score: score, Segment: seedSegments.pick(r), Qualifies: v == lead.VerdictQualified,
			NearMiss: v == lead.VerdictNurture && score >= 58,
			Reasons:  []lead.Reason{{Code: "company_size", Points: score / 2, Stage: lead.StageFit}}}
	}
	l.Reasons = append(slices.Clone(l.Screening.Reasons), fitReasons(l)...)
	l.History = []lead.VerdictChange{{At: at, Verdict: v, JunkScore: l.Screening.Score, FitScore: fitScore(l), Cause: "submitted"}}
	// Held leads older than a week were decided by a reviewer, the rest
	// still wait in the queue.
	if v == lead.VerdictReview && now.Sub(at) > 7*24*time.Hour {
		decided := at.Add(time.Duration(1+r.IntN(48)) * time.Hour)
		l.Verdict = new(weighted[lead.Verdict]).add(lead.VerdictQualified, 3).add(lead.VerdictNurture, 5).add(lead.VerdictJunk, 2).pick(r)
		l.History = append(l.History, lead.VerdictChange{At: decided, Verdict: l.Verdict, JunkScore: l.Screening.Score, FitScore: fitScore(l),
			Cause: "reviewed", By: "rita"})
		l.UpdatedAt = decided
	}
	if l.Verdict == lead.VerdictQualified {
		// Speed to lead: seconds, mostly; a few waited for a retry.
		ms := int64(math.Exp(7.6 + 0.8*r.NormFloat64()))
		if r.IntN(50) == 0 {
			ms = int64(60_000 + r.IntN(3*3600_000))
		}
		if len(l.History) > 1 {
			ms = l.History[1].At.Sub(at).Milliseconds() + ms
		}
		sent := at.Add(time.Duration(ms) * time.Millisecond)
		l.Handoff = &lead.Handoff{State: lead.HandoffSent, Attempts: 1, SentAt: &sent, SpeedToLeadMS: ms,
			OwnerName: "Sam Sales", OwnerEmail: "sales@leadsieve.example", Team: "sales"}
		// Sales said what became of most leads older than two weeks.
		if now.Sub(at) > 14*24*time.Hour && r.IntN(10) < 7 {
			l.Outcome = &lead.Outcome{Kind: seedOutcomes.pick(r), At: at.Add(time.Duration(3+r.IntN(10)) * 24 * time.Hour), By: "sam"}
			l.UpdatedAt = l.Outcome.At
		}
	}
	if l.Verdict == lead.VerdictNurture && l.Fit != nil {
		enrolled := at.Add(time.Minute)
		l.Nurture = &lead.Enrollment{State: lead.NurtureCompleted, Segment: l.Fit.Segment, SequenceID: l.Fit.Segment, EnrolledAt: &enrolled, Step: 3}
	}
	return l
}

func fitReasons(l *lead.Lead) []lead.Reason {
	if l.Fit == nil {
		return nil
	}
	return l.Fit.Reasons
}

func fitScore(l *lead.Lead) int {
	if l.Fit == nil {
		return 0
	}
	return l.Fit.Score
}
