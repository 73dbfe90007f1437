package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Counters are fixed-window atomic counters and sets, and first-use marks,
// each an item that DynamoDB's TTL removes after its window. Keys are
// hashed here, so no raw IP or email address is ever part of a key.
type Counters struct{ s *Store }

// Counters returns the store's counters.
func (s *Store) Counters() *Counters { return &Counters{s} }

func hashKey(k string) string {
	h := sha256.Sum256([]byte(k))
	return hex.EncodeToString(h[:16])
}

func windowStart(now time.Time, window time.Duration) int64 {
	w := int64(window / time.Second)
	if w <= 0 {
		w = 1
	}
	return now.Unix() / w * w
}

// Incr adds one to the counter key in the window containing now and
// returns the new count.
func (c *Counters) Incr(ctx context.Context, k string, window time.Duration, now time.Time) (int64, error) {
	start := windowStart(now, window)
	out, err := c.s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &c.s.table,
		Key:                      key("CTR#"+hashKey(k)+"#"+strconv.FormatInt(start, 10), "CTR"),
		UpdateExpression:         aws.String("ADD n :one SET #ttl = :ttl"),
		ExpressionAttributeNames: map[string]string{"#ttl": "ttl"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": num(1),
			":ttl": num(start + int64(window/time.Second) + 3600),
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, unavailable("increment counter", err)
	}
	n, _ := out.Attributes["n"].(*types.AttributeValueMemberN)
	if n == nil {
		return 0, nil
	}
	v, _ := strconv.ParseInt(n.Value, 10, 64)
	return v, nil
}

// AddDistinct adds member to the set key in the window containing now and
// returns the number of distinct members.
func (c *Counters) AddDistinct(ctx context.Context, k, member string, window time.Duration, now time.Time) (int64, error) {
	start := windowStart(now, window)
	out, err := c.s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &c.s.table,
		Key:                      key("CTR#"+hashKey(k)+"#"+strconv.FormatInt(start, 10), "SET"),
		UpdateExpression:         aws.String("ADD members :m SET #ttl = :ttl"),
		ExpressionAttributeNames: map[string]string{"#ttl": "ttl"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":m":   &types.AttributeValueMemberSS{Value: []string{hashKey(member)}},
			":ttl": num(start + int64(window/time.Second) + 3600),
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, unavailable("add to set", err)
	}
	ss, _ := out.Attributes["members"].(*types.AttributeValueMemberSS)
	if ss == nil {
		return 0, nil
	}
	return int64(len(ss.Value)), nil
}

// FirstUse records key for owner and reports whether this is its first use
// within ttl, or a use by the owner that recorded it (a conditional put:
// concurrent uses by different owners see exactly one first). An empty
// owner matches nobody.
func (c *Counters) FirstUse(ctx context.Context, k, owner string, ttl time.Duration, now time.Time) (bool, error) {
	exp := now.Add(ttl).Unix()
	item := map[string]types.AttributeValue{
		"pk": str("ONCE#" + hashKey(k)), "sk": str("ONCE"),
		"expires_at": num(exp), "ttl": num(exp),
	}
	cond := "attribute_not_exists(pk) OR expires_at < :now"
	vals := map[string]types.AttributeValue{":now": num(now.Unix())}
	if owner != "" {
		// The owner that recorded the mark may use it again.
		item["owner"] = str(owner)
		cond += " OR #owner = :owner"
		vals[":owner"] = str(owner)
	}
	in := &dynamodb.PutItemInput{TableName: &c.s.table, Item: item, ConditionExpression: &cond, ExpressionAttributeValues: vals}
	if owner != "" {
		in.ExpressionAttributeNames = map[string]string{"#owner": "owner"}
	}
	_, err := c.s.db.PutItem(ctx, in)
	switch {
	case err == nil:
		return true, nil
	case isConditionFailed(err):
		return false, nil
	default:
		return false, unavailable("record first use", err)
	}
}
