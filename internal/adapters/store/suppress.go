package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Suppression list: one item per address that must never be emailed again
// (pk SUPP#<lower-cased address>, sk SUPP) with the reason and time of the
// first suppression. Every send checks it first.

func suppPK(email string) string { return "SUPP#" + strings.ToLower(strings.TrimSpace(email)) }

// Suppression is one suppressed address.
type Suppression struct {
	Email  string
	Reason string // unsubscribe, bounce, complaint
	At     time.Time
}

// Suppress adds email to the suppression list. Suppressing an address again
// keeps the first reason and time; it is idempotent.
func (s *Store) Suppress(ctx context.Context, email, reason string, at time.Time) error {
	if strings.TrimSpace(email) == "" {
		return fmt.Errorf("store: suppress: empty address")
	}
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &s.table,
		Item: map[string]types.AttributeValue{
			"pk": str(suppPK(email)), "sk": str("SUPP"),
			"reason": str(reason), "at": str(at.UTC().Format(time.RFC3339)),
		},
		ConditionExpression: aws.String("attribute_not_exists(pk)"),
	})
	if err != nil && !isConditionFailed(err) {
		return unavailable("suppress address", err)
	}
	return nil
}

// Suppressed returns the suppression of email, or nil when it may be
// emailed.
func (s *Store) Suppressed(ctx context.Context, email string) (*Suppression, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &s.table, Key: key(suppPK(email), "SUPP"), ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, unavailable("read suppression", err)
	}
	if len(out.Item) == 0 {
		return nil, nil
	}
	sp := &Suppression{Email: strings.ToLower(strings.TrimSpace(email))}
	if v, ok := out.Item["reason"].(*types.AttributeValueMemberS); ok {
		sp.Reason = v.Value
	}
	if v, ok := out.Item["at"].(*types.AttributeValueMemberS); ok {
		sp.At, _ = time.Parse(time.RFC3339, v.Value)
	}
	return sp, nil
}

// StopEnrollment takes lead id out of its nurture sequence (if it is
// pending or active) with reason. It returns false when there was nothing
// to stop. The lead stays on the due-work index if a hand-off is pending;
// otherwise its entry is left for the dispatcher, which drops entries with
// nothing due. The conditional update is lead.Enrollment.Stop done in place
// (only a live enrollment stops, its due time goes), so that a stop never
// races a worker's read-modify-write.
func (s *Store) StopEnrollment(ctx context.Context, id, reason string, now time.Time) (bool, error) {
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &s.table,
		Key:                      key(leadPK(id), leadSK),
		ConditionExpression:      aws.String("attribute_exists(pk) AND nurture.#st IN (:pending, :active)"),
		UpdateExpression:         aws.String("SET nurture.#st = :stopped, nurture.stop_reason = :r, updated_at = :upd REMOVE nurture.next_at"),
		ExpressionAttributeNames: map[string]string{"#st": "state"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":pending": str(string(lead.NurturePending)), ":active": str(string(lead.NurtureActive)),
			":stopped": str(string(lead.NurtureStopped)), ":r": str(reason),
			":upd": str(now.UTC().Format(time.RFC3339Nano)),
		},
	})
	if isConditionFailed(err) {
		return false, nil
	}
	if err != nil {
		return false, unavailable("stop enrollment", err)
	}
	return true, nil
}

// StopEnrollments stops the nurture enrollments of every lead of email
// (found through the byEmail index, page by page, however many there are)
// and returns how many it stopped.
func (s *Store) StopEnrollments(ctx context.Context, email, reason string, now time.Time) (int, error) {
	key := emailPK + strings.ToLower(strings.TrimSpace(email))
	n := 0
	var start map[string]types.AttributeValue
	for {
		out, err := s.db.Query(ctx, &dynamodb.QueryInput{
			TableName:                 &s.table,
			IndexName:                 aws.String(IndexByEmail),
			KeyConditionExpression:    aws.String("gsi1pk = :pk"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(key)},
			ExclusiveStartKey:         start,
			ScanIndexForward:          aws.Bool(false), // newest first
			Limit:                     aws.Int32(stopPageSize),
		})
		if err != nil {
			return n, unavailable("list leads by email", err)
		}
		page, err := s.page(ctx, out.Items, nil)
		if err != nil {
			return n, err
		}
		for _, l := range page.Leads {
			if l.Nurture == nil || !l.Nurture.Live() {
				continue
			}
			ok, err := s.StopEnrollment(ctx, l.ID, reason, now)
			if err != nil {
				return n, err
			}
			if ok {
				n++
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			return n, nil
		}
		start = out.LastEvaluatedKey
	}
}

// stopPageSize is how many leads StopEnrollments reads per query.
var stopPageSize int32 = 100
