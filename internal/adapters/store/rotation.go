package store

import (
	"context"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Rotator hands out a persisted, atomically increasing counter per sales
// team (pk ROT#<team>, sk ROT), so round-robin survives cold starts and
// concurrent functions. It implements routing.Rotator.
type Rotator struct{ s *Store }

// Rotator returns the store's rotation counters.
func (s *Store) Rotator() *Rotator { return &Rotator{s} }

// Next adds one to team's counter and returns the new value (1 first).
func (r *Rotator) Next(ctx context.Context, team string) (int64, error) {
	out, err := r.s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &r.s.table,
		Key:                       key("ROT#"+team, "ROT"),
		UpdateExpression:          aws.String("ADD n :one"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":one": num(1)},
		ReturnValues:              types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, unavailable("rotate team", err)
	}
	n, _ := out.Attributes["n"].(*types.AttributeValueMemberN)
	if n == nil {
		return 0, nil
	}
	v, _ := strconv.ParseInt(n.Value, 10, 64)
	return v, nil
}
