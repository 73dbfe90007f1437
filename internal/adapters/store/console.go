package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// What the console reads and writes beyond the lead methods every
// function shares:
//
//	item          pk       sk
//	audit entry   AUDIT    <time>#<random>
//
// The audit trail is one partition: people, not machines, write it (a
// decision, a rescue, an outcome), far below a partition's write limit,
// and one partition lists newest first with a single Query.

const auditPK = "AUDIT"

// LeadsByFormTime reads one page of a form's leads received in [from,
// to) (a zero from or to leaves that end open), newest first or, with
// oldestFirst, oldest first: at most limit index entries, then the leads
// they name. The lead id begins with its time, so the byFormTime index's
// sort key bounds the range. next is "" after the last page.
func (s *Store) LeadsByFormTime(ctx context.Context, form string, from, to time.Time, oldestFirst bool, limit int, cursor string) (leads []*lead.Lead, next string, err error) {
	// IDFloor(t) is the least id of t's millisecond: a lead received at
	// or after t sorts at or above it, an earlier one below it.
	cond := "gsi2pk = :pk"
	vals := map[string]types.AttributeValue{":pk": str(formPK + form)}
	switch {
	case !from.IsZero() && !to.IsZero():
		cond += " AND pk BETWEEN :from AND :to"
		vals[":from"], vals[":to"] = str(leadPK(lead.IDFloor(from))), str(leadPK(lead.IDFloor(to)))
	case !from.IsZero():
		cond += " AND pk >= :from"
		vals[":from"] = str(leadPK(lead.IDFloor(from)))
	case !to.IsZero():
		cond += " AND pk < :to"
		vals[":to"] = str(leadPK(lead.IDFloor(to)))
	}
	in := &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexByFormTime),
		KeyConditionExpression:    aws.String(cond),
		ExpressionAttributeValues: vals,
		ScanIndexForward:          aws.Bool(oldestFirst),
		Limit:                     aws.Int32(int32(limit)),
	}
	return s.queryLeads(ctx, in, cursor, "list leads by form and time")
}

// queryLeads runs an index query from cursor on and reads the leads its
// entries name: one page.
func (s *Store) queryLeads(ctx context.Context, in *dynamodb.QueryInput, cursor, op string) (leads []*lead.Lead, next string, err error) {
	if cursor != "" {
		if in.ExclusiveStartKey, err = decodeCursor(cursor); err != nil {
			return nil, "", err
		}
	}
	out, err := s.db.Query(ctx, in)
	if err != nil {
		return nil, "", unavailable(op, err)
	}
	p, err := s.page(ctx, out.Items, out.LastEvaluatedKey)
	return p.Leads, p.Next, err
}

// ReviewShard is the dueWork partition of form's leads held for review.
func ReviewShard(form string) string { return "REVIEW#" + form }

// ReviewQueue reads one page of form's leads held for review, oldest
// first: at most limit entries of the form's review shard of the dueWork
// index, then the leads they name, so a page reads only held leads however
// many others the form has. next is "" after the last page.
func (s *Store) ReviewQueue(ctx context.Context, form string, limit int, cursor string) (leads []*lead.Lead, next string, err error) {
	in := &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexDueWork),
		KeyConditionExpression:    aws.String("due_shard = :shard"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":shard": str(ReviewShard(form))},
		ScanIndexForward:          aws.Bool(true),
		Limit:                     aws.Int32(int32(limit)),
	}
	return s.queryLeads(ctx, in, cursor, "list leads held for review")
}

// AppendAudit adds e to the audit trail.
func (s *Store) AppendAudit(ctx context.Context, e lead.Audit) error {
	item, err := attributevalue.MarshalMapWithOptions(e, marshalOpts)
	if err != nil {
		return fmt.Errorf("store: marshal audit entry: %w", err)
	}
	var r [6]byte
	_, _ = rand.Read(r[:]) // two entries of one instant must not overwrite each other
	item["pk"] = str(auditPK)
	item["sk"] = str(e.At.UTC().Format("2006-01-02T15:04:05.000000000Z") + "#" + hex.EncodeToString(r[:]))
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &s.table, Item: item})
	if err != nil {
		return unavailable("append audit entry", err)
	}
	return nil
}

// Audit reads one page of the audit trail, newest first: at most limit
// entries. next is "" after the last page.
func (s *Store) Audit(ctx context.Context, limit int, cursor string) (entries []lead.Audit, next string, err error) {
	in := &dynamodb.QueryInput{
		TableName:                 &s.table,
		KeyConditionExpression:    aws.String("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(auditPK)},
		ScanIndexForward:          aws.Bool(false),
		Limit:                     aws.Int32(int32(limit)),
	}
	if cursor != "" {
		if in.ExclusiveStartKey, err = decodeCursor(cursor); err != nil {
			return nil, "", err
		}
	}
	out, err := s.db.Query(ctx, in)
	if err != nil {
		return nil, "", unavailable("read audit trail", err)
	}
	entries = make([]lead.Audit, 0, len(out.Items))
	for _, it := range out.Items {
		var e lead.Audit
		if err := attributevalue.UnmarshalMapWithOptions(it, &e, unmarshalOpts); err != nil {
			return nil, "", fmt.Errorf("store: decode audit entry: %w", err)
		}
		entries = append(entries, e)
	}
	if len(out.LastEvaluatedKey) > 0 {
		if next, err = encodeCursor(out.LastEvaluatedKey); err != nil {
			return nil, "", err
		}
	}
	return entries, next, nil
}
