package loadtest

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
)

// Report is what a run measured and found.
type Report struct {
	Rate     float64       // requested submissions per second
	Duration time.Duration // requested length of the load
	// Sent submissions, and the rate at which their posts actually started.
	Sent         int
	AchievedRate float64
	// Statuses counts answers by HTTP status; NoAnswer counts posts that
	// got none (timeout, connection refused).
	Statuses map[int]int
	NoAnswer int
	// Latency of answered posts per class of submission (201s only).
	Latency map[Class]Percentiles

	// Outage, when the run stopped a stand-in.
	Outage *Outage

	// Leads: every 201's id stored (Stored) or not (Missing); Duplicates
	// counts extra stored leads for one submission; RefusedStored counts
	// submissions refused (any answer but 201) whose lead was stored
	// anyway; NoAnswerStored those without an answer that were stored.
	Stored, Missing, Duplicates, RefusedStored, NoAnswerStored int
	// Retried counts 503 answers posted again after the load;
	// RetryFound those whose first post had been stored after all and
	// whose retry answered 201 with that lead's id (consistent: the 503
	// meant "retry", and the retry found the lead), RetryStored those
	// stored by the retry.
	Retried, RetryFound, RetryStored int
	// VerdictDiffers counts accepted submissions stored with another
	// verdict than the one they were built for, per built class.
	VerdictDiffers map[Class]int

	// Sales notifications of qualified leads: those answered 201 and
	// those stored although their post got no answer.
	SalesExpected, SalesOnce, SalesDuplicate, SalesMissing int
	// SalesUnexpected counts sales notifications for the run's stored
	// leads that are not among the expected ones (nurture, junk, refused).
	SalesUnexpected int
	// SalesMarked counts the expected sales e-mails whose acceptance SES
	// reported with a Send event (a send mark), the record a sender that
	// lost SES's answer reads before sending again.
	SalesMarked int
	// Mail to the run's leads (nurture steps): total and repeats of one
	// step (same address and subject).
	NurtureMails, NurtureDuplicate int

	// SpeedToLead is submit to sales e-mail accepted by SES, for every
	// accepted qualified lead with a notification; SpeedToLeadOutside
	// leaves out leads received during an outage (from 2 s before the
	// stop until the restarted server answered), which the criteria excuse.
	SpeedToLead, SpeedToLeadOutside Percentiles
	Excused                         int

	// Settled is false when the system still had work after the settle
	// timeout; Unsettled says what.
	Settled   bool
	SettledIn time.Duration
	Unsettled string

	// Timing is what the timing probes measured, when they ran.
	Timing *TimingReport

	// Failures lists the criteria the run did not meet; empty means PASS.
	Failures []string
	// subs are the submissions and their answers (for tests).
	subs []*Submission

	// Examples names up to three leads (address and id) per kind of
	// finding, to look up in the table and the mail viewer.
	Examples map[string][]string
}

// maxExamples is how many leads Examples names per finding.
const maxExamples = 3

func (r *Report) example(kind string, s *Submission, id string) {
	if r.Examples == nil {
		r.Examples = map[string][]string{}
	}
	if len(r.Examples[kind]) < maxExamples {
		r.Examples[kind] = append(r.Examples[kind], fmt.Sprintf("%s %s (answered %d, sent at %s)", s.Email, id, s.Result.Status, s.Result.Sent.Format("15:04:05.000")))
	}
}

// Outage is one stand-in's stop and restart.
type Outage struct {
	Service             string
	Stopped, Restarted  time.Time
	StoppedAt, Downtime time.Duration // since the start of the load
}

// Percentiles of a set of durations.
type Percentiles struct {
	N             int
	P50, P99, Max time.Duration
}

func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(q float64) time.Duration {
		i := int(q*float64(len(s))+0.999999) - 1 // nearest rank
		return s[max(0, min(i, len(s)-1))]
	}
	return Percentiles{N: len(s), P50: at(0.50), P99: at(0.99), Max: s[len(s)-1]}
}

func (p Percentiles) String() string {
	if p.N == 0 {
		return "n=0"
	}
	return fmt.Sprintf("p50 %s  p99 %s  max %s  (n=%d)", ms(p.P50), ms(p.P99), ms(p.Max), p.N)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// SpeedToLeadTarget is the target for submit to sales e-mail.
const SpeedToLeadTarget = 2 * time.Second

// outageGrace widens the excused window before a stop: a lead received
// just before it had its hand-off cut short by it.
const outageGrace = 2 * time.Second

// evaluate checks the final snapshot against what was sent.
func evaluate(r *Report, subs []*Submission, snap *snapshot, ours map[string]*Submission) {
	r.subs = subs
	r.Statuses = map[int]int{}
	r.VerdictDiffers = map[Class]int{}
	r.Latency = map[Class]Percentiles{}
	lat := map[Class][]time.Duration{}
	for _, s := range subs {
		if s.Result.Status == 0 {
			r.NoAnswer++
			continue
		}
		r.Statuses[s.Result.Status]++
		if s.Result.Status == 201 {
			lat[s.Class] = append(lat[s.Class], s.Result.Latency)
		}
	}
	for c, ds := range lat {
		r.Latency[c] = percentiles(ds)
	}

	byEmail := map[string][]storedLead{}
	byID := map[string]storedLead{}
	for _, l := range snap.leads {
		a := strings.ToLower(l.Email)
		if ours[a] == nil {
			continue
		}
		byEmail[a] = append(byEmail[a], l)
		byID[l.ID] = l
	}
	mail := sortMail(snap.emails, ours)
	accepted := map[string]*Submission{} // lead id -> stored qualified submission
	var speed, outside []time.Duration
	for _, s := range subs {
		stored := byEmail[s.Email]
		if len(stored) > 1 {
			r.Duplicates += len(stored) - 1
			r.example("duplicate leads", s, stored[1].ID)
		}
		switch {
		case s.Result.Status == 201:
			l, ok := byID[s.Result.ID]
			if !ok || strings.ToLower(l.Email) != s.Email {
				r.Missing++
				r.example("lost", s, s.Result.ID)
				continue
			}
			r.Stored++
			if l.Verdict != string(s.Class) {
				r.VerdictDiffers[s.Class]++
			}
		case s.Result.Status == 0:
			// The client gave up; a lead stored all the same is the
			// person's lead and is owed its sales e-mail.
			if len(stored) == 0 {
				continue
			}
			r.NoAnswerStored++
		case s.Retry.Status != 0:
			// Answered 503 and posted again: the retry's answer is the
			// one the client keeps.
			r.Retried++
			if s.Retry.Status != 201 {
				if len(stored) > 0 {
					r.RefusedStored++
					r.example("refused but stored", s, stored[0].ID)
				}
				continue
			}
			l, ok := byID[s.Retry.ID]
			if !ok || strings.ToLower(l.Email) != s.Email {
				r.Missing++
				r.example("lost", s, s.Retry.ID)
				continue
			}
			// The lead keeps the time its first request received it.
			if l.ReceivedAt.Before(s.Retry.Sent) {
				r.RetryFound++
			} else {
				r.RetryStored++
			}
			if l.Verdict != string(s.Class) {
				r.VerdictDiffers[s.Class]++
			}
		default:
			if len(stored) > 0 {
				r.RefusedStored++
				r.example("refused but stored", s, stored[0].ID)
			}
			continue
		}
		if s.Class != Qualified {
			continue
		}
		id := s.Result.ID
		if id == "" {
			id = stored[0].ID
		}
		accepted[id] = s
		r.SalesExpected++
		sent := mail.sales[id]
		switch {
		case len(sent) == 0:
			r.SalesMissing++
			r.example("sales e-mail missing", s, id)
			continue
		case len(sent) == 1:
			r.SalesOnce++
			if snap.marked[id] {
				r.SalesMarked++
			}
		default:
			r.SalesDuplicate++
			r.example("sales e-mail duplicate", s, id)
		}
		first := sent[0].At
		for _, e := range sent[1:] {
			if e.At.Before(first) {
				first = e.At
			}
		}
		d := first.Sub(s.Result.Sent)
		speed = append(speed, d)
		if r.Outage != nil && !s.Result.Sent.Before(r.Outage.Stopped.Add(-outageGrace)) && s.Result.Sent.Before(r.Outage.Restarted) {
			r.Excused++
			continue
		}
		outside = append(outside, d)
	}
	for id := range mail.sales {
		if accepted[id] == nil {
			if _, found := byID[id]; found {
				r.SalesUnexpected++
				l := byID[id]
				r.example("sales e-mail unexpected", ours[strings.ToLower(l.Email)], id+" stored as "+l.Verdict)
			}
		}
	}
	r.SpeedToLead, r.SpeedToLeadOutside = percentiles(speed), percentiles(outside)

	for _, got := range mail.toLead {
		r.NurtureMails += len(got)
		seen := map[string]bool{}
		for _, e := range got {
			if seen[e.Subject] {
				r.NurtureDuplicate++
			}
			seen[e.Subject] = true
		}
	}
	r.judge()
}

// judge lists the criteria of issue 12 the run missed.
func (r *Report) judge() {
	fail := func(format string, a ...any) { r.Failures = append(r.Failures, fmt.Sprintf(format, a...)) }
	if r.Missing > 0 {
		fail("%d leads answered 201 but not stored (lost)", r.Missing)
	}
	if r.RefusedStored > 0 {
		fail("%d submissions refused but stored anyway", r.RefusedStored)
	}
	if r.Duplicates > 0 {
		fail("%d duplicate stored leads", r.Duplicates)
	}
	if r.SalesDuplicate > 0 {
		fail("%d qualified leads got more than one sales e-mail", r.SalesDuplicate)
	}
	if r.SalesMissing > 0 {
		fail("%d qualified leads got no sales e-mail", r.SalesMissing)
	}
	if r.SalesUnexpected > 0 {
		fail("%d sales e-mails for leads that were not accepted as qualified", r.SalesUnexpected)
	}
	if r.NurtureDuplicate > 0 {
		fail("%d nurture steps went out twice", r.NurtureDuplicate)
	}
	if r.SpeedToLeadOutside.N > 0 && r.SpeedToLeadOutside.P99 > SpeedToLeadTarget {
		fail("speed-to-lead p99 %s > %s", ms(r.SpeedToLeadOutside.P99), SpeedToLeadTarget)
	}
	// Without an outage every post must be accepted; with a DynamoDB outage
	// a 503 is the right answer (it must then mean not stored, see above).
	for status, n := range r.Statuses {
		if status != 201 && (status != 503 || r.Outage == nil) {
			fail("%d answers %d", n, status)
		}
	}
	if r.NoAnswer > 0 {
		fail("%d posts got no answer", r.NoAnswer)
	}
	if !r.Settled {
		fail("not settled: %s", r.Unsettled)
	}
	if t := r.Timing; t != nil {
		if d := t.SubmitSpread(); d >= TimingTarget {
			fail("the verdicts' median response times differ by %s (≥ %s)", ms(d), ms(TimingTarget))
		}
		if t.Wrong > 0 {
			fail("%d timing probes not stored with the verdict they were built for", t.Wrong)
		}
		if len(t.Unsubscribe) > 0 {
			if d := t.UnsubscribeSpread(); d >= TimingTarget {
				fail("unsubscribe medians for valid and forged tokens differ by %s (≥ %s)", ms(d), ms(TimingTarget))
			}
			if len(t.Differs) > 0 {
				fail("unsubscribe: %s", strings.Join(t.Differs, "; "))
			}
		}
	}
}

// Print writes the report for a person.
func (r *Report) Print(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	if r.Timing != nil {
		r.Timing.print(p)
	}
	if r.Rate > 0 {
		r.printLoad(p)
	}
	if len(r.Failures) == 0 {
		p("PASS        0 lost, 0 duplicated leads, 0 duplicate or missing sales e-mails, speed-to-lead p99 %s ≤ %s%s",
			ms(r.SpeedToLeadOutside.P99), SpeedToLeadTarget, r.timingSummary())
		return
	}
	p("FAIL        %s", strings.Join(r.Failures, "; "))
	kinds := make([]string, 0, len(r.Examples))
	for k := range r.Examples {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		p("  e.g. %s: %s", k, strings.Join(r.Examples[k], "; "))
	}
}

// printLoad writes the load's part of the report.
func (r *Report) printLoad(p func(string, ...any)) {
	p("load        %d submissions requested at %.0f/s for %s; sent %d at %.1f/s achieved", int(r.Rate*r.Duration.Seconds()), r.Rate, r.Duration, r.Sent, r.AchievedRate)
	if o := r.Outage; o != nil {
		p("outage      %s stopped at +%s, answering again after %s", o.Service, o.StoppedAt.Round(time.Millisecond), o.Downtime.Round(time.Millisecond))
	}
	var codes []int
	for c := range r.Statuses {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var st []string
	for _, c := range codes {
		st = append(st, fmt.Sprintf("%d × %d", r.Statuses[c], c))
	}
	if r.NoAnswer > 0 {
		st = append(st, fmt.Sprintf("%d without an answer", r.NoAnswer))
	}
	p("answers     %s", strings.Join(st, ", "))
	var medians []time.Duration
	for _, c := range classes {
		if l, ok := r.Latency[c]; ok {
			p("latency     %-9s %s", c, l)
			medians = append(medians, l.P50)
		}
	}
	if len(medians) > 1 {
		p("            spread of the medians: %s (target < 2 ms)", ms(slices.Max(medians)-slices.Min(medians)))
	}
	p("leads       stored %d, missing %d, duplicates %d, refused but stored %d, no answer but stored %d",
		r.Stored, r.Missing, r.Duplicates, r.RefusedStored, r.NoAnswerStored)
	if r.Retried > 0 {
		p("retries     %d answers 503 posted again: %d found the lead the first post had stored after all (same id), %d stored it now, %d refused again",
			r.Retried, r.RetryFound, r.RetryStored, r.Retried-r.RetryFound-r.RetryStored)
	}
	for _, c := range classes {
		if n := r.VerdictDiffers[c]; n > 0 {
			p("            %d %s submissions stored with another verdict", n, c)
		}
	}
	p("sales mail  expected %d: exactly one %d, duplicate %d, missing %d; unexpected %d",
		r.SalesExpected, r.SalesOnce, r.SalesDuplicate, r.SalesMissing, r.SalesUnexpected)
	p("send marks  %d of the %d sales e-mails sent once marked by SES's Send event", r.SalesMarked, r.SalesOnce)
	p("nurture     %d mails to leads, %d steps sent twice", r.NurtureMails, r.NurtureDuplicate)
	p("speed2lead  all: %s", r.SpeedToLead)
	if r.Outage != nil {
		p("            outside the outage (%d excused): %s", r.Excused, r.SpeedToLeadOutside)
	}
	if r.Settled {
		p("settled     in %s", r.SettledIn.Round(time.Second))
	} else {
		p("settled     NO: %s", r.Unsettled)
	}
}

func (r *Report) timingSummary() string {
	if r.Timing == nil {
		return ""
	}
	s := fmt.Sprintf(", verdict timing spread %s", ms(r.Timing.SubmitSpread()))
	if len(r.Timing.Unsubscribe) > 0 {
		s += fmt.Sprintf(", unsubscribe spread %s", ms(r.Timing.UnsubscribeSpread()))
	}
	return s + " < " + ms(TimingTarget)
}
