package store

import (
	"context"
	"sort"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Outcomes in the report aggregates: sales' outcomes count in the item of
// the lead's form and the day the lead was received (the day its id
// names, as RollUp counts it), so conversion compares a day's qualified
// leads with what became of those same leads, however much later sales
// said so. Counters are "os|<outcome>|<segment>" and "ou|<outcome>|<source>",
// apart from the roll-up's names and only ever ADDed, never SET, so a
// roll-up (which SETs only its mark) and an outcome never undo each other.
//
// A source counts under the lead's own source: unlike the roll-up, the
// tally does not read the day to cap its sources at maxSources, since only
// leads sales marked add names. A day that ran past maxSources may so
// count a lead's outcome under its source but its submission under
// "other".

// TallyOutcome adds l's outcome to its form's day, moving the count from
// was when sales changed an outcome (was is "" for a first outcome): one
// UpdateItem, one write unit. It does nothing when the outcome did not
// change. The caller calls it once per stored change of outcome (after the
// conditional ReplaceLead that recorded it succeeded), which is what keeps
// a retried request from counting twice: the retry finds the outcome
// already stored and changes nothing. What remains: a change stored whose
// tally then fails (or whose process dies in between) is never counted,
// and a tally the SDK retries after a lost answer may count twice.
func (s *Store) TallyOutcome(ctx context.Context, l *lead.Lead, was lead.OutcomeKind) error {
	if l.Outcome == nil || l.Outcome.Kind == was {
		return nil
	}
	t := &tally{}
	t.outcome(l, l.Outcome.Kind, 1)
	if was != "" {
		t.outcome(l, was, -1)
	}
	return s.addOutcomes(ctx, l.FormID, receivedDay(l), t)
}

// TallyOutcomes counts the outcomes leads already hold, as if each had
// just been recorded: one UpdateItem per form and received day, whatever
// the number of leads. It is for leads written in bulk (leadctl dev seed),
// whose outcomes no console request counted; it returns how many it
// counted.
func (s *Store) TallyOutcomes(ctx context.Context, leads []*lead.Lead) (int, error) {
	type formDay struct{ form, day string }
	byDay := map[formDay]*tally{}
	var order []formDay
	n := 0
	for _, l := range leads {
		if l.Outcome == nil {
			continue
		}
		k := formDay{l.FormID, receivedDay(l)}
		if byDay[k] == nil {
			byDay[k] = &tally{}
			order = append(order, k)
		}
		byDay[k].outcome(l, l.Outcome.Kind, 1)
		n++
	}
	for _, k := range order {
		if err := s.addOutcomes(ctx, k.form, k.day, byDay[k]); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// outcome adds n leads like l with outcome k to t.
func (t *tally) outcome(l *lead.Lead, k lead.OutcomeKind, n int64) {
	seg := ""
	if l.Fit != nil {
		seg = l.Fit.Segment
	}
	t.add("os|"+string(k)+"|"+seg, n)
	t.add("ou|"+string(k)+"|"+sourceOf(l), n)
}

// addOutcomes ADDs t's counts to form's day, creating the item if the
// roll-up has not yet.
func (s *Store) addOutcomes(ctx context.Context, form, day string, t *tally) error {
	keys := make([]string, 0, len(t.adds))
	for name := range t.adds {
		keys = append(keys, name)
	}
	sort.Strings(keys)
	names := map[string]string{}
	vals := map[string]types.AttributeValue{}
	update := ""
	for i, name := range keys {
		n, v := "#a"+strconv.Itoa(i), ":a"+strconv.Itoa(i)
		names[n], vals[v] = name, num(t.adds[name])
		if update == "" {
			update = "ADD "
		} else {
			update += ", "
		}
		update += n + " " + v
	}
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       aggKey(form, day),
		UpdateExpression:          aws.String(update),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: vals,
	})
	if err != nil {
		return unavailable("tally outcome", err)
	}
	return nil
}

// receivedDay is the day l counts in: the one its id names, as in RollUp,
// else the day it was received.
func receivedDay(l *lead.Lead) string {
	if at, ok := lead.IDTime(l.ID); ok {
		return dayOf(at)
	}
	return dayOf(l.ReceivedAt)
}
