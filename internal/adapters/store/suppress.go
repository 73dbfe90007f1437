package store

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// Suppression list: one item per address that must never be emailed again
// (pk SUPP#<AddressHash of the address>, sk SUPP) with the reason and time
// of the first suppression. Every send checks it first. Items written
// before suppressions were keyed by the hash name the address itself
// (pk SUPP#<lower-cased address>): Suppressed reads both, and erasure
// deletes the plain one (people.go).

func plainSuppPK(email string) string { return "SUPP#" + NormalEmail(email) }

// ReasonErasure is the suppression reason of an erased person: unlike an
// unsubscribe or a bounce, it stops the sales hand-off of their later
// posts too (docs/privacy.md).
const ReasonErasure = "erasure"

// Suppression is one suppressed address.
type Suppression struct {
	Email  string
	Reason string // unsubscribe, bounce, complaint, erasure
	At     time.Time
}

// Suppress adds email to the suppression list. Suppressing an address again
// keeps the first reason and time, except that an erasure always sets its
// reason (the time stays): it is idempotent.
func (s *Store) Suppress(ctx context.Context, email, reason string, at time.Time) error {
	if strings.TrimSpace(email) == "" {
		return fmt.Errorf("store: suppress: empty address")
	}
	h, err := s.AddressHash(ctx, email)
	if err != nil {
		return err
	}
	if reason == ReasonErasure {
		_, err = s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                &s.table,
			Key:                      key("SUPP#"+h, "SUPP"),
			UpdateExpression:         aws.String("SET reason = :r, #at = if_not_exists(#at, :at)"),
			ExpressionAttributeNames: map[string]string{"#at": "at"},
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":r": str(reason), ":at": str(at.UTC().Format(time.RFC3339)),
			},
		})
		if err != nil {
			return unavailable("suppress address", err)
		}
		return nil
	}
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &s.table,
		Item: map[string]types.AttributeValue{
			"pk": str("SUPP#" + h), "sk": str("SUPP"),
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
// emailed. It reads the hashed and the plain item at once (one
// BatchGetItem, strongly consistent); the hashed one wins. A process that
// has not read the table's address key yet asks for the key instead of
// the hashed item, and reads the hashed item after it only when the key
// exists: a table where nothing was ever suppressed by hash costs one
// call, as before hashing.
func (s *Store) Suppressed(ctx context.Context, email string) (*Suppression, error) {
	plain := plainSuppPK(email)
	keys := []map[string]types.AttributeValue{key(plain, "SUPP")}
	k, cached := addressKeys.Load(s.table)
	hashed := ""
	if cached {
		hashed = "SUPP#" + addressHash(k.([]byte), email)
		keys = append(keys, key(hashed, "SUPP"))
	} else {
		keys = append(keys, key(addressKeyPK, "KEY"))
	}
	found, err := s.consistentGet(ctx, keys)
	if err != nil {
		return nil, err
	}
	if !cached {
		if b, ok := found[addressKeyPK]["key"].(*types.AttributeValueMemberB); ok && len(b.Value) >= 32 {
			addressKeys.Store(s.table, b.Value)
			hashed = "SUPP#" + addressHash(b.Value, email)
			more, err := s.consistentGet(ctx, []map[string]types.AttributeValue{key(hashed, "SUPP")})
			if err != nil {
				return nil, err
			}
			maps.Copy(found, more)
		}
	}
	item := found[hashed]
	if item == nil {
		item = found[plain]
	}
	if item == nil {
		return nil, nil
	}
	sp := &Suppression{Email: NormalEmail(email), Reason: attrS(item, "reason")}
	sp.At, _ = time.Parse(time.RFC3339, attrS(item, "at"))
	return sp, nil
}

// consistentGet reads keys with strongly consistent reads, by pk.
func (s *Store) consistentGet(ctx context.Context, keys []map[string]types.AttributeValue) (map[string]map[string]types.AttributeValue, error) {
	req := map[string]types.KeysAndAttributes{s.table: {Keys: keys, ConsistentRead: aws.Bool(true)}}
	found := map[string]map[string]types.AttributeValue{}
	for len(req) > 0 {
		out, err := s.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
		if err != nil {
			return nil, unavailable("read suppression", err)
		}
		for _, it := range out.Responses[s.table] {
			found[attrS(it, "pk")] = it
		}
		req = out.UnprocessedKeys
	}
	return found, nil
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
