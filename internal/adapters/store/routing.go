package store

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Routing keeps the counters sales routing takes turns and counts daily
// caps with (assign.Counters): a turn counter per team, and per member a
// count of leads per calendar day, which DynamoDB's TTL removes a few days
// later. Members are keyed by a hash of their address, like every other
// counter.
type Routing struct{ s *Store }

// Routing returns the store's routing counters.
func (s *Store) Routing() *Routing { return &Routing{s} }

// Key parts of the routing counters.
const (
	routeTeamPK   = "ROUTE#TEAM#"
	routeTurnSK   = "TURN"
	routeMemberPK = "ROUTE#MEMBER#"
	routeDaySK    = "DAY#"
)

// routeDayKeep is how long after its day a member's daily count stays.
const routeDayKeep = 3 * 24 * time.Hour

func turnKey(rotation string) map[string]types.AttributeValue {
	return key(routeTeamPK+rotation, routeTurnSK)
}

func dayKey(email, day string) map[string]types.AttributeValue {
	return key(routeMemberPK+hashKey(email), routeDaySK+day)
}

// TakeTurns adds n to the turn counter of rotation (a team has a few,
// assign.TeamRotations) and returns its new value: one atomic write, so
// that concurrent hand-offs each get a turn of their own.
func (r *Routing) TakeTurns(ctx context.Context, rotation string, n int64) (int64, error) {
	out, err := r.s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &r.s.table,
		Key:                       turnKey(rotation),
		UpdateExpression:          aws.String("ADD turns :n"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":n": num(n)},
		ReturnValues:              types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return 0, unavailable("take a routing turn", err)
	}
	return attrN(out.Attributes, "turns"), nil
}

// CountLead adds one to member email's count of leads on day (YYYY-MM-DD)
// unless it has reached limit, and reports whether it did: a conditional
// write, so two hand-offs never both take the last lead under a cap.
func (r *Routing) CountLead(ctx context.Context, email, day string, limit int) (bool, error) {
	ttl := time.Now().Add(routeDayKeep)
	if d, err := time.Parse(time.DateOnly, day); err == nil {
		ttl = d.Add(routeDayKeep)
	}
	_, err := r.s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                &r.s.table,
		Key:                      dayKey(email, day),
		UpdateExpression:         aws.String("ADD leads :one SET #ttl = :ttl"),
		ConditionExpression:      aws.String("attribute_not_exists(leads) OR leads < :limit"),
		ExpressionAttributeNames: map[string]string{"#ttl": "ttl"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": num(1), ":limit": num(int64(limit)), ":ttl": num(ttl.Unix()),
		},
	})
	switch {
	case err == nil:
		return true, nil
	case isConditionFailed(err):
		return false, nil
	default:
		return false, unavailable("count a routed lead", err)
	}
}

// Read returns the turns rotations have given out and the counts of leads
// members emails got on day, by team and by address; counters never
// written are left out (zero). It writes nothing: what a routing dry run
// starts from (assign.ReadSnapshot).
func (r *Routing) Read(ctx context.Context, rotations, emails []string, day string) (turns, counts map[string]int64, err error) {
	keys := make([]map[string]types.AttributeValue, 0, len(rotations)+len(emails))
	for _, t := range rotations {
		keys = append(keys, turnKey(t))
	}
	for _, e := range emails {
		keys = append(keys, dayKey(e, day))
	}
	items, err := r.s.batchGet(ctx, keys)
	if err != nil {
		return nil, nil, err
	}
	turns, counts = map[string]int64{}, map[string]int64{}
	for _, t := range rotations {
		if it := items[routeTeamPK+t+"\x00"+routeTurnSK]; it != nil {
			turns[t] = attrN(it, "turns")
		}
	}
	for _, e := range emails {
		if it := items[routeMemberPK+hashKey(e)+"\x00"+routeDaySK+day]; it != nil {
			counts[e] = attrN(it, "leads")
		}
	}
	return turns, counts, nil
}
