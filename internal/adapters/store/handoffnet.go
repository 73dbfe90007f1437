package store

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// The dueWork entry of a new qualified lead is a safety net: intake invokes
// the hand-off function at once, which sends the sales e-mail and ends the
// hand-off, so the entry is written with the lead and removed by the
// release without ever being read (two write units a qualified lead).
// Intake therefore stores such a lead without it (CreateLeadFollowedUp),
// and the entry is written only when it is needed:
//
//   - intake could not invoke the hand-off function: IndexDue, at once;
//   - the hand-off function failed to send (a retry is due): its release
//     puts the lead on dueWork, as every release does when work is due;
//   - intake died between the lead and the invocation, or the function
//     died between its intent and its outcome: the report roll-up, which
//     reads every lead of its form once a few minutes after it was received
//     (RollUp), puts a lead with work due and no entry on dueWork.
//
// The dispatcher then finds it as it finds any due work.

// unindexedFor bounds how long after the time its id names a lead may be
// stored without its dueWork entry: a lead stored later (a repeat that took
// over an old claim stores under the first id) might be stored after the
// roll-up has passed its id, so it keeps the entry. RollUp's callers pass a
// time far enough back (the dispatcher: five minutes) that such a lead is
// stored, since intake stores a lead within its timeout.
const unindexedFor = time.Minute

// handoffOnly reports whether l's only due work is its pending sales
// hand-off, not yet tried.
func handoffOnly(l *lead.Lead) bool {
	h := l.Handoff
	return h != nil && h.State == lead.HandoffPending && h.Attempts == 0 &&
		!(l.Nurture.Live() && l.Nurture.NextAt != nil)
}

// CreateLeadFollowedUp is CreateLead for a lead whose follow-up the caller
// starts at once (intake invokes the hand-off function): a pending hand-off
// that is the lead's only due work writes no dueWork entry, which saves the
// entry's write and the write that removes it. When the follow-up could
// not be started, the caller calls IndexDue. How long after its id's time
// the lead is stored is read from its UpdatedAt, the caller's clock.
func (s *Store) CreateLeadFollowedUp(ctx context.Context, l *lead.Lead) (created bool, err error) {
	at, ok := lead.IDTime(l.ID)
	fresh := ok && l.UpdatedAt.Sub(at) < unindexedFor
	return s.createLead(ctx, l, !fresh)
}

// IndexDue puts lead l, as CreateLeadFollowedUp stored it, on the dueWork
// index when it is not there and still as stored: for a follow-up that
// could not be started. A lead changed since (the hand-off function wrote
// it) is left to that change, or to the roll-up; a lead that
// CreateLeadFollowedUp put there (any but a pending hand-off) costs nothing.
func (s *Store) IndexDue(ctx context.Context, l *lead.Lead) error {
	due := l.DueAt()
	if due == nil || !handoffOnly(l) {
		return nil
	}
	updated, err := attributevalue.Marshal(l.UpdatedAt)
	if err != nil {
		return fmt.Errorf("store: marshal time: %w", err)
	}
	err = s.putDue(ctx, l.ID, *due, map[string]types.AttributeValue{":basis_upd": updated}, "updated_at = :basis_upd AND attribute_not_exists(rev)")
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// indexDueRead puts a lead the roll-up read on the dueWork index when it has
// work due and no entry (see the top of this file). The write is
// conditional on the lead being as read: should it fail, ErrConflict stops
// the roll-up before its mark moves, and the next one reads the lead again.
func (s *Store) indexDueRead(ctx context.Context, l *lead.Lead, item map[string]types.AttributeValue) error {
	due := l.DueAt()
	if due == nil || l.SupersededBy != "" || attrS(item, "due_shard") != "" {
		return nil
	}
	vals := map[string]types.AttributeValue{}
	cond := basisCondition(basisOf(item), vals)
	err := s.putDue(ctx, l.ID, *due, vals, cond)
	if isConditionFailed(err) {
		return fmt.Errorf("store: lead %s changed while it was put on dueWork: %w", l.ID, ErrConflict)
	}
	return err
}

// putDue sets lead id's dueWork key to due, on condition cond (with vals)
// and that it has none.
func (s *Store) putDue(ctx context.Context, id string, due time.Time, vals map[string]types.AttributeValue, cond string) error {
	vals[":shard"] = str(DueShard(id))
	vals[":due"] = str(FormatDue(due))
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(id), leadSK),
		UpdateExpression:          aws.String("SET due_shard = :shard, due_at = :due"),
		ConditionExpression:       aws.String("attribute_exists(pk) AND attribute_not_exists(due_shard) AND " + cond),
		ExpressionAttributeValues: vals,
	})
	switch {
	case err == nil:
		return nil
	case isConditionFailed(err):
		return err
	default:
		return unavailable("put lead on dueWork", err)
	}
}
