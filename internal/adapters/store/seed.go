package store

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// batchWriteMax is the most items one BatchWriteItem call may put.
const batchWriteMax = 25

// batchWriter is the one call seeding needs beyond DB; the SDK's client
// has it. It is kept out of DB so that the fakes of the other tests need
// not grow a method only a seeding tool uses.
type batchWriter interface {
	BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
}

// SeedLeads writes leads as CreateLead would store them (the same items,
// LeadItems) but in bulk, 25 items a BatchWriteItem call, for
// `leadctl dev seed`: it neither claims the ids nor checks that they are
// new, so it is for filling a local table, never for intake. Items the
// service leaves unprocessed are sent again after a short pause.
func (s *Store) SeedLeads(ctx context.Context, leads []*lead.Lead) error {
	db, ok := s.db.(batchWriter)
	if !ok {
		return fmt.Errorf("store: seed leads: the DynamoDB client cannot write in batches")
	}
	var batch []types.WriteRequest
	flush := func() error {
		req := map[string][]types.WriteRequest{s.table: batch}
		for pause := 50 * time.Millisecond; len(req) > 0; pause = min(2*pause, time.Second) {
			out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: req})
			if err != nil {
				return unavailable("seed leads", err)
			}
			if req = out.UnprocessedItems; len(req) > 0 {
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(pause):
				}
			}
		}
		batch = batch[:0]
		return nil
	}
	for _, l := range leads {
		items, err := LeadItems(l)
		if err != nil {
			return fmt.Errorf("store: seed lead %s: %w", l.ID, err)
		}
		for _, it := range items {
			if len(batch) == batchWriteMax {
				if err := flush(); err != nil {
					return err
				}
			}
			batch = append(batch, types.WriteRequest{PutRequest: &types.PutRequest{Item: it}})
		}
	}
	if len(batch) > 0 {
		return flush()
	}
	return nil
}
