package capacity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/devtools/capacity"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

func s(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }

func TestItemSize(t *testing.T) {
	for _, tc := range []struct {
		name string
		item map[string]types.AttributeValue
		want int
	}{
		{"string", map[string]types.AttributeValue{"pk": s("LEAD#1")}, 2 + 6},
		{"number", map[string]types.AttributeValue{"n": &types.AttributeValueMemberN{Value: "12345"}}, 1 + 3 + 1},
		{"zeros trimmed", map[string]types.AttributeValue{"n": &types.AttributeValueMemberN{Value: "1000"}}, 1 + 1 + 1},
		{"map", map[string]types.AttributeValue{"m": &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"ab": s("xyz")}}}, 1 + 3 + 1 + 2 + 3},
		{"list", map[string]types.AttributeValue{"l": &types.AttributeValueMemberL{Value: []types.AttributeValue{s("a"), &types.AttributeValueMemberBOOL{Value: true}}}}, 1 + 3 + 2 + 2},
		{"binary", map[string]types.AttributeValue{"b": &types.AttributeValueMemberB{Value: make([]byte, 10)}}, 11},
	} {
		if got := capacity.ItemSize(tc.item); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestUnitsAgainstTheServer writes through a counted client to a table of
// the repository's template and checks the counted units: the table part
// against dynalite's own figure, the index part by the rules.
func TestUnitsAgainstTheServer(t *testing.T) {
	st := devstacktest.Stack(t)
	cfg := devstacktest.Config(t, st)
	table := devstacktest.Tables(t, st)["LeadsTable"]
	c := capacity.New(cfg)
	db := dynamodb.NewFromConfig(cfg, c.Option)
	ctx := context.Background()
	big := strings.Repeat("x", 1500)
	key := map[string]types.AttributeValue{"pk": s("T#1"), "sk": s("T")}

	// A 1.5 KB item on the sparse due-work index (keys only).
	c.Begin()
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &table, Item: map[string]types.AttributeValue{
		"pk": s("T#1"), "sk": s("T"), "body": s(big), "due_shard": s("DUE#1"), "due_at": s("2026-01-01T00:00:00.000Z"),
	}}); err != nil {
		t.Fatal(err)
	}
	u := c.End()
	if u.WCU != 3 || u.IndexWCU != 1 || u.ReportedWCU != 2 || u.Calls != 1 {
		t.Errorf("put: %+v, want 2 table + 1 index units", u)
	}

	// Changing the index's sort key: the table write plus a delete and a
	// put in the index.
	c.Begin()
	if _, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: &table, Key: key,
		UpdateExpression:          aws.String("SET due_at = :d"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":d": s("2026-01-02T00:00:00.000Z")},
	}); err != nil {
		t.Fatal(err)
	}
	u = c.End()
	if u.WCU != 4 || u.IndexWCU != 2 || u.ReportedWCU != 2 {
		t.Errorf("update of the index key: %+v, want 2 table + 2 index units", u)
	}

	// A non-key attribute not projected: the table only.
	c.Begin()
	if _, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: &table, Key: key,
		UpdateExpression: aws.String("REMOVE body"),
	}); err != nil {
		t.Fatal(err)
	}
	u = c.End()
	if u.WCU != 2 || u.IndexWCU != 0 || u.ReportedWCU != 2 {
		t.Errorf("update of an attribute no index holds: %+v, want 2 (the larger of before and after)", u)
	}

	// A conditional write that fails costs the item as it stands, and
	// dynalite reports nothing for it.
	c.Begin()
	_, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &table, Item: key, ConditionExpression: aws.String("attribute_not_exists(pk)")})
	if err == nil {
		t.Fatal("conditional put over an existing item succeeded")
	}
	u = c.End()
	if u.WCU != 1 || u.ReportedWCU != 0 {
		t.Errorf("failed conditional put: %+v, want 1", u)
	}

	// Reads: a consistent GetItem of a small item, an index query.
	c.Begin()
	if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &table, Key: key, ConsistentRead: aws.Bool(true)}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Query(ctx, &dynamodb.QueryInput{TableName: &table, IndexName: aws.String("dueWork"),
		KeyConditionExpression:    aws.String("due_shard = :s"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":s": s("DUE#1")},
	}); err != nil {
		t.Fatal(err)
	}
	u = c.End()
	if u.RCU != 1.5 || u.WCU != 0 || u.Calls != 2 || u.Ops["GetItem"] != 1 || u.Ops["Query"] != 1 {
		t.Errorf("reads: %+v, want 1 + 0.5 read units", u)
	}
	if tot := c.Total(); tot.Calls != 6 {
		t.Errorf("total calls %d, want 6", tot.Calls)
	}
}
