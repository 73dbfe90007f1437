package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Report aggregates: one item per form and UTC day (pk AGG#<form>#<day>,
// sk AGG) of counters, kept by rolling leads up in bulk rather than by a
// write per lead. RollUp reads the leads a form stored since its last
// mark (the byFormTime index names them, in id order, which is time
// order) and adds them to their day's item with one UpdateItem per day,
// whatever their number, that also moves the mark; the update is
// conditional on the mark it started from, so a retried or concurrent
// roll-up never adds a lead twice. Reports then read one item per form and
// day (DayReports), never the leads.
//
// Counters are top-level number attributes, since ADD cannot create the
// maps of a nested path: "n|<verdict>|<source>", "c|<verdict>|<country>",
// "g|<verdict>|<campaign>" (utm_campaign, "" when none),
// "r|<reason code>" (what made junk leads junk), "q|<segment>" (qualified
// leads, the denominator of conversion), "sent", "stl_ms" (the sum of
// speed-to-lead) and "stl|<bucket>" (speed-to-lead in buckets, for
// percentiles) and "test" (test submissions, counted in nothing else). A
// day keeps at most maxSources sources and maxSources
// campaigns; the rest count as "other", so that made-up utm_source or
// utm_campaign values cannot grow an item without bound. Sales' outcomes are added to the same items as they are recorded
// (outcomes.go), under names of their own.

const (
	aggPK = "AGG#"
	aggSK = "AGG"
	// maxSources bounds the distinct sources of one form's day.
	maxSources = 40
	// maxField is the longest source or campaign kept, in bytes.
	maxField = 40
	// SourceOther is what the sources past maxSources count as.
	SourceOther = "other"
)

// STLBuckets are the upper bounds of the speed-to-lead buckets; a hand-off
// slower than the last counts in a bucket of its own ("stl|inf").
var STLBuckets = []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 30 * time.Second,
	time.Minute, 5 * time.Minute, time.Hour}

func aggKey(form, day string) map[string]types.AttributeValue {
	return key(aggPK+form+"#"+day, aggSK)
}

// dayOf is the UTC day a time falls in, as reports name days.
func dayOf(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// sourceOf is l's source (lead.Lead.Source), cut to at most maxField
// bytes of whole characters.
func sourceOf(l *lead.Lead) string { return cut(l.Source()) }

// campaignOf is l's utm_campaign, lower case, cut like a source: campaign
// names are typed by hand in links, so "Spring" and "spring" are one.
func campaignOf(l *lead.Lead) string {
	return cut(strings.ToLower(strings.TrimSpace(l.Fields.UTMCampaign)))
}

// cut cuts s to at most maxField bytes of whole characters.
func cut(s string) string {
	if len(s) > maxField {
		s = strings.ToValidUTF8(s[:maxField], "")
	}
	return s
}

// bounded is name when seen has it or has room for it (adding it), else
// SourceOther.
func bounded(name string, seen map[string]bool) string {
	if !seen[name] {
		if len(seen) >= maxSources {
			return SourceOther
		}
		seen[name] = true
	}
	return name
}

// stlBucket names the speed-to-lead bucket of d.
func stlBucket(d time.Duration) string {
	for _, b := range STLBuckets {
		if d <= b {
			return strconv.FormatInt(b.Milliseconds(), 10)
		}
	}
	return "inf"
}

// TestCodes are the screening reason codes (screen.CodeTestEntry and
// screen.CodeEmailReservedDomain, named here so that the store need not
// import the screening) that make a lead a test submission: someone trying
// the form, or the site's own monitoring. Reports count them apart and
// leave them out of every other figure, so that trying a form does not
// move its junk rate.
var TestCodes = []string{"test_entry", "email_reserved_domain"}

// isTest tells whether the screening found l to be a test submission.
func isTest(l *lead.Lead) bool {
	for _, r := range l.Screening.Reasons {
		if r.Points > 0 && slices.Contains(TestCodes, r.Code) {
			return true
		}
	}
	return false
}

// tally is what a roll-up adds to one day.
type tally struct {
	adds map[string]int64
	last string // the last lead id added
}

func (t *tally) add(name string, n int64) {
	if t.adds == nil {
		t.adds = map[string]int64{}
	}
	t.adds[name] += n
}

// count adds l to t; d holds the day's sources and campaigns so far,
// which it extends up to maxSources each.
func (t *tally) count(l *lead.Lead, d *dayState) {
	t.last = l.ID
	if isTest(l) {
		t.add("test", 1)
		return
	}
	t.verdict(l, l.Verdict, bounded(sourceOf(l), d.sources), bounded(campaignOf(l), d.campaigns), 1)
	if h := l.Handoff; h != nil && h.State == lead.HandoffSent && h.SpeedToLeadMS > 0 {
		t.add("sent", 1)
		t.add("stl_ms", h.SpeedToLeadMS)
		t.add("stl|"+stlBucket(time.Duration(h.SpeedToLeadMS)*time.Millisecond), 1)
	}
}

// verdict adds n leads like l with verdict v, from source src and
// campaign camp (as the day names them), to t: every count that depends
// on the verdict.
func (t *tally) verdict(l *lead.Lead, v lead.Verdict, src, camp string, n int64) {
	t.add("n|"+string(v)+"|"+src, n)
	t.add("c|"+string(v)+"|"+countryOf(l), n)
	t.add("g|"+string(v)+"|"+camp, n)
	switch v {
	case lead.VerdictJunk:
		for _, r := range l.Screening.Reasons {
			if r.Points > 0 && r.Code != "" {
				t.add("r|"+r.Code, n)
			}
		}
	case lead.VerdictQualified:
		seg := ""
		if l.Fit != nil {
			seg = l.Fit.Segment
		}
		t.add("q|"+seg, n)
	}
}

// countryOf is l's country as reports count it: two letters, upper case,
// else "??".
func countryOf(l *lead.Lead) string {
	country := strings.ToUpper(strings.TrimSpace(l.Fields.Country))
	if len(country) != 2 {
		return "??"
	}
	return country
}

// RollUpPage is how many index entries a roll-up reads per query.
const RollUpPage = 500

// RollUp adds the leads form stored with ids before until (and after its
// last mark) to their days' aggregates and returns how many it added. The
// caller passes a time far enough back that every lead received before it
// is stored and its hand-off done (the dispatcher: a few minutes ago). A
// roll-up that finds its mark moved by another returns ErrConflict after
// adding nothing more; a crash between two days' updates leaves the first
// added and its mark moved, so the next roll-up goes on from there. The
// first roll-up of a form starts at the beginning of the day before until.
func (s *Store) RollUp(ctx context.Context, form string, until time.Time) (int, error) {
	marks := map[string]*dayState{}
	mark, err := s.startMark(ctx, form, until, marks)
	if err != nil {
		return 0, err
	}
	hi := leadPK(lead.IDFloor(until))
	if mark+"\x00" >= hi {
		// Everything before until is rolled up already (a later
		// roll-up moved the mark past it).
		return 0, nil
	}
	added := 0
	for {
		out, err := s.db.Query(ctx, &dynamodb.QueryInput{
			TableName:              &s.table,
			IndexName:              aws.String(IndexByFormTime),
			KeyConditionExpression: aws.String("gsi2pk = :f AND pk BETWEEN :lo AND :hi"),
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":f": str(formPK + form), ":lo": str(mark + "\x00"), ":hi": str(hi),
			},
			Limit: aws.Int32(RollUpPage),
		})
		if err != nil {
			return added, unavailable("roll up: list leads", err)
		}
		var ids []string
		for _, it := range out.Items {
			if pk := attrS(it, "pk"); pk != hi && strings.HasPrefix(pk, "LEAD#") {
				ids = append(ids, strings.TrimPrefix(pk, "LEAD#"))
			}
		}
		if len(ids) == 0 {
			return added, nil
		}
		leads, items, err := s.getLeadItems(ctx, ids)
		if err != nil {
			return added, err
		}
		// The safety net of hand-offs whose lead was stored off dueWork
		// (handoffnet.go), before the mark moves past them.
		for i, l := range leads {
			if err := s.indexDueRead(ctx, l, items[i]); err != nil {
				return added, err
			}
		}
		// A lead counts in the day its id names (the day it was received),
		// so that the marks follow the index's order. Leads expired
		// meanwhile are left out; the mark still moves past every id the
		// page named, carried by the last day's update.
		byDay := map[string]*tally{}
		var days []string
		dayOfID := func(id string) string {
			at, _ := lead.IDTime(id)
			return dayOf(at)
		}
		for _, day := range append(dayList(leads, dayOfID), dayOfID(ids[len(ids)-1])) {
			if byDay[day] != nil {
				continue
			}
			byDay[day] = &tally{}
			days = append(days, day)
			if marks[day] == nil {
				if marks[day], err = s.readDay(ctx, form, day, false); err != nil {
					return added, err
				}
			}
		}
		sort.Strings(days)
		for _, l := range leads {
			day := dayOfID(l.ID)
			byDay[day].count(l, marks[day])
		}
		byDay[dayOfID(ids[len(ids)-1])].last = ids[len(ids)-1]
		for _, day := range days {
			if err := s.addDay(ctx, form, day, marks[day], byDay[day]); err != nil {
				return added, err
			}
		}
		added += len(leads)
		mark = leadPK(ids[len(ids)-1])
		if len(out.LastEvaluatedKey) == 0 {
			return added, nil
		}
	}
}

// dayState is what a roll-up knows of a day's item: whether it exists,
// its mark, its sources and its campaigns.
type dayState struct {
	exists             bool
	mark               string
	sources, campaigns map[string]bool
}

// readDay reads form's aggregate item of day. For a roll-up the read may
// be stale (eventually consistent, at half the price): the update it leads
// to is conditional on the mark read, so a stale one only makes the
// roll-up stop with ErrConflict and the next one go on. TallyVerdict reads
// consistently, since it takes the names a lead counts under from the
// read.
func (s *Store) readDay(ctx context.Context, form, day string, consistent bool) (*dayState, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: aggKey(form, day), ConsistentRead: aws.Bool(consistent)})
	if err != nil {
		return nil, unavailable("roll up: read day", err)
	}
	d := &dayState{sources: map[string]bool{}, campaigns: map[string]bool{}}
	if out.Item == nil {
		return d, nil
	}
	d.exists, d.mark = true, attrS(out.Item, "mark")
	for name := range out.Item {
		kind, rest, _ := strings.Cut(name, "|")
		_, what, _ := strings.Cut(rest, "|")
		switch kind {
		case "n":
			d.sources[what] = true
		case "g":
			d.campaigns[what] = true
		}
	}
	return d, nil
}

// dayList is the days of leads, in their order.
func dayList(leads []*lead.Lead, dayOfID func(string) string) []string {
	days := make([]string, 0, 1)
	for _, l := range leads {
		days = append(days, dayOfID(l.ID))
	}
	return days
}

// startMark is the pk of the last lead rolled up: the mark of the day of
// until or, when that day has no item yet, of the day before; else the
// first id of the day before.
func (s *Store) startMark(ctx context.Context, form string, until time.Time, marks map[string]*dayState) (string, error) {
	for _, at := range []time.Time{until, until.AddDate(0, 0, -1)} {
		day := dayOf(at)
		d, err := s.readDay(ctx, form, day, false)
		if err != nil {
			return "", err
		}
		marks[day] = d
		if d.mark != "" {
			return d.mark, nil
		}
	}
	return leadPK(lead.IDFloor(until.UTC().Truncate(24*time.Hour).AddDate(0, 0, -1))), nil
}

// addDay adds t to form's day, moving its mark to t.last, on condition
// that the day is as read (d); d then holds the new mark.
func (s *Store) addDay(ctx context.Context, form, day string, d *dayState, t *tally) error {
	names := map[string]string{"#mark": "mark"}
	vals := map[string]types.AttributeValue{":mark": str(leadPK(t.last))}
	var adds []string
	keys := make([]string, 0, len(t.adds))
	for name := range t.adds {
		keys = append(keys, name)
	}
	sort.Strings(keys)
	for i, name := range keys {
		n, v := "#a"+strconv.Itoa(i), ":a"+strconv.Itoa(i)
		names[n], vals[v] = name, num(t.adds[name])
		adds = append(adds, n+" "+v)
	}
	update := "SET #mark = :mark"
	if len(adds) > 0 {
		update += " ADD " + strings.Join(adds, ", ")
	}
	// A day without a mark has not been rolled up, though an outcome
	// tally (TallyOutcome) may have made its item.
	cond := "attribute_not_exists(#mark)"
	if d.exists && d.mark != "" {
		cond = "#mark = :was"
		vals[":was"] = str(d.mark)
	}
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       aggKey(form, day),
		UpdateExpression:          aws.String(update),
		ConditionExpression:       aws.String(cond),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: vals,
	})
	switch {
	case isConditionFailed(err):
		return fmt.Errorf("store: roll up %s %s: rolled up meanwhile: %w", form, day, ErrConflict)
	case err != nil:
		return unavailable("roll up: add to day", err)
	}
	d.exists, d.mark = true, leadPK(t.last)
	return nil
}

// DayReport is one form's aggregates for one UTC day.
type DayReport struct {
	Form, Day string
	// Leads counts leads by verdict and source, Countries by verdict and
	// country ("??" when none was given), Campaigns by verdict and
	// utm_campaign ("" when none was given).
	Leads, Countries, Campaigns map[lead.Verdict]map[string]int64
	// JunkReasons counts the screening reasons of junk leads by code.
	JunkReasons map[string]int64
	// Qualified counts qualified leads by segment.
	Qualified map[string]int64
	// Sent counts sales hand-offs sent, STLMillis sums their speed to
	// lead and STL counts them by bucket (upper bound in milliseconds, or
	// "inf").
	Sent, STLMillis int64
	STL             map[string]int64
	// Tests counts test submissions (TestCodes), which count in nothing
	// else.
	Tests int64
	// OutcomeSegments counts sales' outcomes of the day's leads by kind
	// and segment, OutcomeSources by kind and source (TallyOutcome).
	OutcomeSegments, OutcomeSources map[lead.OutcomeKind]map[string]int64
}

// DayReports reads form's aggregates for the days from first to last
// (inclusive, UTC), one item a day; days without leads are left out.
func (s *Store) DayReports(ctx context.Context, form string, first, last time.Time) ([]DayReport, error) {
	var keys []map[string]types.AttributeValue
	var days []string
	for d := first.UTC().Truncate(24 * time.Hour); !d.After(last.UTC()); d = d.AddDate(0, 0, 1) {
		days = append(days, dayOf(d))
		keys = append(keys, aggKey(form, dayOf(d)))
	}
	items, err := s.batchGet(ctx, keys)
	if err != nil {
		return nil, err
	}
	var out []DayReport
	for _, day := range days {
		it := items[aggPK+form+"#"+day+"\x00"+aggSK]
		if it == nil {
			continue
		}
		r := DayReport{Form: form, Day: day, Leads: map[lead.Verdict]map[string]int64{}, Countries: map[lead.Verdict]map[string]int64{},
			Campaigns: map[lead.Verdict]map[string]int64{}, JunkReasons: map[string]int64{}, Qualified: map[string]int64{}, STL: map[string]int64{},
			OutcomeSegments: map[lead.OutcomeKind]map[string]int64{}, OutcomeSources: map[lead.OutcomeKind]map[string]int64{}}
		for name, v := range it {
			nv, ok := v.(*types.AttributeValueMemberN)
			if !ok {
				continue
			}
			n, _ := strconv.ParseInt(nv.Value, 10, 64)
			if n == 0 {
				continue // a count moved away (TallyVerdict, TallyOutcome)
			}
			kind, rest, _ := strings.Cut(name, "|")
			switch kind {
			case "n", "c", "g":
				verdict, what, _ := strings.Cut(rest, "|")
				m := map[string]map[lead.Verdict]map[string]int64{"n": r.Leads, "c": r.Countries, "g": r.Campaigns}[kind]
				if m[lead.Verdict(verdict)] == nil {
					m[lead.Verdict(verdict)] = map[string]int64{}
				}
				m[lead.Verdict(verdict)][what] += n
			case "os", "ou":
				o, what, _ := strings.Cut(rest, "|")
				m := r.OutcomeSegments
				if kind == "ou" {
					m = r.OutcomeSources
				}
				if m[lead.OutcomeKind(o)] == nil {
					m[lead.OutcomeKind(o)] = map[string]int64{}
				}
				m[lead.OutcomeKind(o)][what] += n
			case "r":
				r.JunkReasons[rest] += n
			case "q":
				r.Qualified[rest] += n
			case "stl":
				r.STL[rest] += n
			case "sent":
				r.Sent = n
			case "stl_ms":
				r.STLMillis = n
			case "test":
				r.Tests = n
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// ReviewCountBound bounds how many held leads ReviewQueueState counts: a
// count reads the index entries it counts (about 100 bytes each), so the
// bound keeps its cost to about 13 read units however long the queue
// grows.
const ReviewCountBound = 1000

// ReviewQueueState is a form's review queue as it is now.
type ReviewQueueState struct {
	Form string
	// Size counts the leads held for review, up to ReviewCountBound; More
	// says the count stopped there.
	Size int
	More bool
	// Oldest is when the longest-waiting lead arrived; zero when none waits.
	Oldest time.Time
}

// ReviewQueueState reads the size and age of form's review queue from its
// shard of the dueWork index (ReviewShard), not the leads: a Query for
// the oldest entry's due_at (the lead's receipt) and a bounded Query with
// Select COUNT for the size.
func (s *Store) ReviewQueueState(ctx context.Context, form string) (ReviewQueueState, error) {
	q := ReviewQueueState{Form: form}
	shard := map[string]types.AttributeValue{":shard": str(ReviewShard(form))}
	oldest, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexDueWork),
		KeyConditionExpression:    aws.String("due_shard = :shard"),
		ExpressionAttributeValues: shard,
		ScanIndexForward:          aws.Bool(true),
		Limit:                     aws.Int32(1),
	})
	if err != nil {
		return q, unavailable("review queue: oldest", err)
	}
	if len(oldest.Items) == 0 {
		return q, nil
	}
	if q.Oldest, err = time.Parse(time.RFC3339Nano, attrS(oldest.Items[0], "due_at")); err != nil {
		return q, fmt.Errorf("store: review queue of %s: due_at: %w", form, err)
	}
	count, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexDueWork),
		KeyConditionExpression:    aws.String("due_shard = :shard"),
		ExpressionAttributeValues: shard,
		Select:                    types.SelectCount,
		Limit:                     aws.Int32(ReviewCountBound),
	})
	if err != nil {
		return q, unavailable("review queue: size", err)
	}
	q.Size, q.More = int(count.Count), len(count.LastEvaluatedKey) > 0
	return q, nil
}

// TallyVerdict moves l in the aggregate of its form and received day from
// verdict was to the one it has now (a review decision, a rescue): one
// GetItem of the day and one UpdateItem ADD, −1 under was and +1 under the
// new verdict, by source, country and campaign, with the junk reasons and
// the qualified segment that follow from either. It does nothing when the
// verdict did not change, for a test submission (counted in no verdict),
// and when the roll-up has not reached l yet: the roll-up then counts the
// verdict it finds. The update is conditional on the day's mark having
// passed l, so that a lead is never both rolled up with its new verdict
// and moved. What remains: a decision stored while a roll-up that already
// read l (held for review) is writing its day is counted by neither, and,
// as with TallyOutcome, a change whose tally fails is never counted.
func (s *Store) TallyVerdict(ctx context.Context, l *lead.Lead, was lead.Verdict) error {
	if l.Verdict == was || was == "" || isTest(l) {
		return nil
	}
	day := receivedDay(l)
	d, err := s.readDay(ctx, l.FormID, day, true)
	if err != nil {
		return err
	}
	if d.mark == "" || d.mark < leadPK(l.ID) {
		return nil // the roll-up will count the verdict it finds
	}
	// The lead counts under the names the roll-up gave it: its own source
	// and campaign, or "other" when the day was full when it came.
	src, camp := sourceOf(l), campaignOf(l)
	if !d.sources[src] {
		src = SourceOther
	}
	if !d.campaigns[camp] {
		camp = SourceOther
	}
	t := &tally{}
	t.verdict(l, was, src, camp, -1)
	t.verdict(l, l.Verdict, src, camp, 1)
	names := map[string]string{"#mark": "mark"}
	vals := map[string]types.AttributeValue{":lead": str(leadPK(l.ID))}
	var adds []string
	keys := make([]string, 0, len(t.adds))
	for name := range t.adds {
		keys = append(keys, name)
	}
	sort.Strings(keys)
	for i, name := range keys {
		if t.adds[name] == 0 {
			continue // a count both verdicts share, such as a junk reason kept
		}
		n, v := "#a"+strconv.Itoa(i), ":a"+strconv.Itoa(i)
		names[n], vals[v] = name, num(t.adds[name])
		adds = append(adds, n+" "+v)
	}
	_, err = s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       aggKey(l.FormID, day),
		UpdateExpression:          aws.String("ADD " + strings.Join(adds, ", ")),
		ConditionExpression:       aws.String("#mark >= :lead"),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: vals,
	})
	switch {
	case isConditionFailed(err):
		return nil // the day lost its mark meanwhile: count nothing rather than guess
	case err != nil:
		return unavailable("tally verdict", err)
	}
	return nil
}
