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
	seg := ""
	if l.Fit != nil {
		seg = l.Fit.Segment
	}
	src := sourceOf(l)
	t := &tally{}
	t.add("os|"+string(l.Outcome.Kind)+"|"+seg, 1)
	t.add("ou|"+string(l.Outcome.Kind)+"|"+src, 1)
	if was != "" {
		t.add("os|"+string(was)+"|"+seg, -1)
		t.add("ou|"+string(was)+"|"+src, -1)
	}
	names := map[string]string{}
	vals := map[string]types.AttributeValue{}
	keys := make([]string, 0, len(t.adds))
	for name := range t.adds {
		keys = append(keys, name)
	}
	sort.Strings(keys)
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
		Key:                       aggKey(l.FormID, receivedDay(l)),
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
