package store

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Applied nurture sequences: the set of sequence files marketing applied
// with `leadctl sequences apply`, as one item (pk SEQSET, sk CURRENT) with
// a version that goes up by one on every apply, plus a copy of each version
// (sk V#<000000n>) for audit. Applying is conditional on the version read,
// so two concurrent applies cannot silently overwrite each other.

// SequenceSet is one applied version of the sequence files.
type SequenceSet struct {
	Version   int64
	AppliedAt time.Time
	AppliedBy string
	// Files maps file name to YAML content.
	Files map[string]string
}

// CurrentSequences returns the applied sequence set, or nil when none was
// ever applied.
func (s *Store) CurrentSequences(ctx context.Context) (*SequenceSet, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key("SEQSET", "CURRENT"), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return nil, unavailable("read sequences", err)
	}
	if len(out.Item) == 0 {
		return nil, nil
	}
	set := &SequenceSet{Files: map[string]string{}}
	if v, ok := out.Item["version"].(*types.AttributeValueMemberN); ok {
		set.Version, _ = strconv.ParseInt(v.Value, 10, 64)
	}
	if v, ok := out.Item["applied_at"].(*types.AttributeValueMemberS); ok {
		set.AppliedAt, _ = time.Parse(time.RFC3339, v.Value)
	}
	if v, ok := out.Item["applied_by"].(*types.AttributeValueMemberS); ok {
		set.AppliedBy = v.Value
	}
	if m, ok := out.Item["files"].(*types.AttributeValueMemberM); ok {
		for k, v := range m.Value {
			if sv, ok := v.(*types.AttributeValueMemberS); ok {
				set.Files[k] = sv.Value
			}
		}
	}
	return set, nil
}

// ApplySequences stores files as the next version after prev (0 when none
// was applied) and returns the new version. It fails with ErrConflict when
// someone else applied in between.
func (s *Store) ApplySequences(ctx context.Context, prev int64, files map[string]string, by string, at time.Time) (int64, error) {
	fm := make(map[string]types.AttributeValue, len(files))
	for k, v := range files {
		fm[k] = str(v)
	}
	next := prev + 1
	item := func(sk string) map[string]types.AttributeValue {
		return map[string]types.AttributeValue{
			"pk": str("SEQSET"), "sk": str(sk), "version": num(next),
			"applied_at": str(at.UTC().Format(time.RFC3339)), "applied_by": str(by),
			"files": &types.AttributeValueMemberM{Value: fm},
		}
	}
	in := &dynamodb.PutItemInput{TableName: &s.table, Item: item("CURRENT")}
	if prev == 0 {
		in.ConditionExpression = aws.String("attribute_not_exists(pk)")
	} else {
		in.ConditionExpression = aws.String("version = :prev")
		in.ExpressionAttributeValues = map[string]types.AttributeValue{":prev": num(prev)}
	}
	if _, err := s.db.PutItem(ctx, in); err != nil {
		if isConditionFailed(err) {
			return 0, fmt.Errorf("store: apply sequences over version %d: %w", prev, ErrConflict)
		}
		return 0, unavailable("apply sequences", err)
	}
	// The history copy is best effort: the current item is what counts.
	_, _ = s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &s.table, Item: item(fmt.Sprintf("V#%08d", next))})
	return next, nil
}
