package store

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Versioned configuration (versions.Store):
//
//	item            pk               sk          attributes
//	config version  CONFIG#<kind>    V#<%08d>    number, files, author, created_at, note, base
//	live pointer    CONFIG#<kind>    LIVE        number, previous, earlier, published_by, published_at, note
//
// A kind is one partition: its versions sort by number under V#, so the
// newest are one Query read backwards, and its pointer is one small item
// that every function reads with a GetItem once a refresh interval. A
// version is written only if its number is free and the pointer only if
// it still names the version its writer read, so two people pushing or
// publishing at once cannot overwrite each other.

const (
	configPK      = "CONFIG#"
	configLiveSK  = "LIVE"
	configVersion = "V#"
)

// MaxConfigVersionBytes bounds a version's item: DynamoDB refuses items
// over 400 KB, and the margin keeps the refusal ours, with a message a
// marketer can act on, rather than the table's.
const MaxConfigVersionBytes = 350 << 10

func configVersionSK(n int64) string { return fmt.Sprintf("%s%08d", configVersion, n) }

// configNames names the attributes in expressions: number is a DynamoDB
// reserved word, and naming them all keeps the expressions uniform.
var configNames = map[string]string{
	"#n": "number", "#a": "author", "#c": "created_at", "#o": "note", "#b": "base",
}

// ConfigVersion reads version number of kind with its files.
func (s *Store) ConfigVersion(ctx context.Context, kind versions.Kind, number int64) (*versions.Version, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &s.table, Key: key(configPK+string(kind), configVersionSK(number)), ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, unavailable("read configuration version", err)
	}
	if len(out.Item) == 0 {
		return nil, fmt.Errorf("store: %s version %d: %w", kind, number, versions.ErrNotFound)
	}
	v := decodeConfigVersion(kind, out.Item)
	return &v, nil
}

// ConfigVersions reads at most limit versions of kind (every version when
// limit is not positive), newest first, without their files: a listing
// reads what it shows, not every version's YAML.
func (s *Store) ConfigVersions(ctx context.Context, kind versions.Kind, limit int) ([]versions.Version, error) {
	in := &dynamodb.QueryInput{
		TableName:              &s.table,
		KeyConditionExpression: aws.String("pk = :pk AND begins_with(sk, :v)"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":pk": str(configPK + string(kind)), ":v": str(configVersion),
		},
		ExpressionAttributeNames: configNames,
		ProjectionExpression:     aws.String("#n, #a, #c, #o, #b"),
		ScanIndexForward:         aws.Bool(false),
		ConsistentRead:           aws.Bool(true),
	}
	var out []versions.Version
	for {
		if limit > 0 {
			in.Limit = aws.Int32(int32(limit - len(out)))
		}
		page, err := s.db.Query(ctx, in)
		if err != nil {
			return nil, unavailable("list configuration versions", err)
		}
		for _, it := range page.Items {
			out = append(out, decodeConfigVersion(kind, it))
		}
		if len(page.LastEvaluatedKey) == 0 || (limit > 0 && len(out) >= limit) {
			return out, nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

// PutConfigVersion stores v, refusing when its number is taken (an error
// wrapping versions.ErrConflict) or when its files are too large for one
// item (ETOOLARGE).
func (s *Store) PutConfigVersion(ctx context.Context, v versions.Version) error {
	files := make(map[string]types.AttributeValue, len(v.Files))
	for name, text := range v.Files {
		files[name] = str(text)
	}
	item := key(configPK+string(v.Kind), configVersionSK(v.Number))
	item["number"] = num(v.Number)
	item["files"] = &types.AttributeValueMemberM{Value: files}
	item["author"] = str(v.Author)
	item["created_at"] = str(v.CreatedAt.UTC().Format(time.RFC3339Nano))
	item["note"] = str(v.Note)
	item["base"] = num(v.Base)
	if size := ItemSize(item); size > MaxConfigVersionBytes {
		return &lead.Error{Kind: lead.ETOOLARGE, Code: "config_too_large",
			Message: fmt.Sprintf("%s: the files come to %d KB, over the %d KB a version may hold; split or shorten them", v.Kind, (size+1023)>>10, MaxConfigVersionBytes>>10)}
	}
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &s.table, Item: item, ConditionExpression: aws.String("attribute_not_exists(pk)"),
	})
	switch {
	case err == nil:
		return nil
	case isConditionFailed(err):
		return fmt.Errorf("store: %s version %d exists: %w: %w", v.Kind, v.Number, versions.ErrConflict, ErrConflict)
	}
	return unavailable("store configuration version", err)
}

// LiveConfig reads the live pointer of kind; nil when none was published.
func (s *Store) LiveConfig(ctx context.Context, kind versions.Kind) (*versions.Live, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &s.table, Key: key(configPK+string(kind), configLiveSK), ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, unavailable("read live configuration", err)
	}
	if len(out.Item) == 0 {
		return nil, nil
	}
	return &versions.Live{
		Kind:        kind,
		Number:      attrN(out.Item, "number"),
		Previous:    attrN(out.Item, "previous"),
		Earlier:     attrNumbers(out.Item, "earlier"),
		PublishedBy: attrS(out.Item, "published_by"),
		PublishedAt: attrTime(out.Item, "published_at"),
		Note:        attrS(out.Item, "note"),
	}, nil
}

// SetLiveConfig stores l as kind's live pointer, only if the stored one
// still names version prev (0: there is none yet); otherwise the error
// wraps versions.ErrConflict.
func (s *Store) SetLiveConfig(ctx context.Context, l versions.Live, prev int64) error {
	item := key(configPK+string(l.Kind), configLiveSK)
	item["number"] = num(l.Number)
	item["previous"] = num(l.Previous)
	earlier := make([]types.AttributeValue, len(l.Earlier))
	for i, n := range l.Earlier {
		earlier[i] = num(n)
	}
	item["earlier"] = &types.AttributeValueMemberL{Value: earlier}
	item["published_by"] = str(l.PublishedBy)
	item["published_at"] = str(l.PublishedAt.UTC().Format(time.RFC3339Nano))
	item["note"] = str(l.Note)
	in := &dynamodb.PutItemInput{TableName: &s.table, Item: item}
	if prev == 0 {
		in.ConditionExpression = aws.String("attribute_not_exists(pk)")
	} else {
		in.ConditionExpression = aws.String("#n = :prev")
		in.ExpressionAttributeNames = map[string]string{"#n": "number"}
		in.ExpressionAttributeValues = map[string]types.AttributeValue{":prev": num(prev)}
	}
	_, err := s.db.PutItem(ctx, in)
	switch {
	case err == nil:
		return nil
	case isConditionFailed(err):
		return fmt.Errorf("store: publish %s version %d over %d: %w: %w", l.Kind, l.Number, prev, versions.ErrConflict, ErrConflict)
	}
	return unavailable("publish configuration version", err)
}

func decodeConfigVersion(kind versions.Kind, it map[string]types.AttributeValue) versions.Version {
	v := versions.Version{
		Kind:      kind,
		Number:    attrN(it, "number"),
		Author:    attrS(it, "author"),
		CreatedAt: attrTime(it, "created_at"),
		Note:      attrS(it, "note"),
		Base:      attrN(it, "base"),
	}
	if m, ok := it["files"].(*types.AttributeValueMemberM); ok {
		v.Files = make(versions.Files, len(m.Value))
		for name, text := range m.Value {
			if s, ok := text.(*types.AttributeValueMemberS); ok {
				v.Files[name] = s.Value
			}
		}
	}
	return v
}

func attrN(it map[string]types.AttributeValue, name string) int64 {
	n, _ := it[name].(*types.AttributeValueMemberN)
	if n == nil {
		return 0
	}
	v, _ := strconv.ParseInt(n.Value, 10, 64)
	return v
}

func attrTime(it map[string]types.AttributeValue, name string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, attrS(it, name))
	return t
}

// attrNumbers reads a list of numbers, in order.
func attrNumbers(item map[string]types.AttributeValue, name string) []int64 {
	l, ok := item[name].(*types.AttributeValueMemberL)
	if !ok {
		return nil
	}
	out := make([]int64, 0, len(l.Value))
	for _, v := range l.Value {
		if n, ok := v.(*types.AttributeValueMemberN); ok {
			if x, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
				out = append(out, x)
			}
		}
	}
	return out
}
