// Package store keeps leads and their state in one DynamoDB table (single
// table design). It owns every key layout and access pattern:
//
//	item             pk                          sk        indexes
//	lead             LEAD#<id>                   LEAD      byEmail, byFormTime, dueWork (when due)
//	idempotency      IDEM#<form>#<hash>          IDEM      -
//	counter          CTR#<key>#<window start>    CTR       -
//	first-use mark   ONCE#<key>                  ONCE      -
//
// byEmail (gsi1pk=EMAIL#<email>, gsi1sk=<received>#<id>) finds a person's
// leads; byFormTime (gsi2pk=FORM#<form>, gsi2sk=<received>#<id>) lists a
// form's leads by time; dueWork (due_shard=DUE#<0..n>, due_at=<time>) holds
// only items with work due (retries, nurture steps), so reading due work
// costs what is due, not what is stored. Items that expire carry a numeric
// ttl attribute (epoch seconds) that DynamoDB's TTL deletes.
//
// Which leads have work due, and when, is the domain's rule (lead.Lead.DueAt);
// the store only keeps the dueWork index in step with it, and leases work
// as lead.Lease values so that workers never see a DynamoDB type.
//
// Only single-item conditional writes are used: they are race-free without
// transactions (which the local DynamoDB server lacks) and cost one write.
package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// DB is the part of the DynamoDB client the store uses.
type DB interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
}

// Index names, as in template.yaml.
const (
	IndexByEmail    = "byEmail"
	IndexByFormTime = "byFormTime"
	IndexDueWork    = "dueWork"
)

// DueShards spreads due work over this many partition keys.
const DueShards = 4

// Errors. Anything else from DynamoDB is wrapped in ErrUnavailable.
var (
	ErrNotFound    = errors.New("not found")
	ErrUnavailable = errors.New("storage unavailable")
	// ErrConflict means a conditional write lost to a concurrent one.
	ErrConflict = errors.New("conditional write conflict")
)

// Store reads and writes the leads table.
type Store struct {
	db    DB
	table string
}

// New returns a Store on table.
func New(db DB, table string) *Store { return &Store{db: db, table: table} }

// Table returns the table name.
func (s *Store) Table() string { return s.table }

func key(pk, sk string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		"pk": &types.AttributeValueMemberS{Value: pk},
		"sk": &types.AttributeValueMemberS{Value: sk},
	}
}

func str(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
func num(v int64) types.AttributeValue {
	return &types.AttributeValueMemberN{Value: strconv.FormatInt(v, 10)}
}

func isConditionFailed(err error) bool {
	var ccf *types.ConditionalCheckFailedException
	return errors.As(err, &ccf)
}

// unavailable wraps a DynamoDB failure so callers can answer 503.
func unavailable(op string, err error) error {
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("store: %s: %w", op, err)
	}
	return fmt.Errorf("store: %s: %w: %w", op, ErrUnavailable, err)
}

var marshalOpts = func(o *attributevalue.EncoderOptions) { o.TagKey = "json" }
var unmarshalOpts = func(o *attributevalue.DecoderOptions) { o.TagKey = "json" }

func leadPK(id string) string { return "LEAD#" + id }

const leadSK = "LEAD"

// leadItem is the attribute map of a lead: its JSON fields plus keys.
func leadItem(l *lead.Lead) (map[string]types.AttributeValue, error) {
	item, err := attributevalue.MarshalMapWithOptions(l, marshalOpts)
	if err != nil {
		return nil, fmt.Errorf("store: marshal lead: %w", err)
	}
	item["pk"] = str(leadPK(l.ID))
	item["sk"] = str(leadSK)
	sortKey := l.ReceivedAt.UTC().Format(time.RFC3339Nano) + "#" + l.ID
	if l.Email != "" {
		item["gsi1pk"] = str("EMAIL#" + l.Email)
		item["gsi1sk"] = str(sortKey)
	}
	item["gsi2pk"] = str("FORM#" + l.FormID)
	item["gsi2sk"] = str(sortKey)
	if l.ExpiresAt != nil {
		item["ttl"] = num(l.ExpiresAt.Unix())
	}
	if due := l.DueAt(); due != nil {
		item["due_shard"] = str(DueShard(l.ID))
		item["due_at"] = str(FormatDue(*due))
	}
	return item, nil
}

// DueShard spreads leads over the due-work index partitions by id.
func DueShard(id string) string {
	var h uint32
	for i := 0; i < len(id); i++ {
		h = h*31 + uint32(id[i])
	}
	return "DUE#" + strconv.Itoa(int(h%DueShards))
}

// FormatDue renders a due time so that string order is time order.
func FormatDue(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func decodeLead(item map[string]types.AttributeValue) (*lead.Lead, error) {
	var l lead.Lead
	if err := attributevalue.UnmarshalMapWithOptions(item, &l, unmarshalOpts); err != nil {
		return nil, fmt.Errorf("store: decode lead: %w", err)
	}
	return &l, nil
}

// CreateLead writes l if no lead with its id exists. created is false when
// the lead was already there (a retry or a concurrent twin wrote it).
func (s *Store) CreateLead(ctx context.Context, l *lead.Lead) (created bool, err error) {
	item, err := leadItem(l)
	if err != nil {
		return false, err
	}
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           &s.table,
		Item:                item,
		ConditionExpression: aws.String("attribute_not_exists(pk)"),
	})
	switch {
	case err == nil:
		return true, nil
	case isConditionFailed(err):
		return false, nil
	default:
		return false, unavailable("create lead", err)
	}
}

// GetLead reads a lead by id with a strongly consistent read.
func (s *Store) GetLead(ctx context.Context, id string) (*lead.Lead, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      &s.table,
		Key:            key(leadPK(id), leadSK),
		ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, unavailable("get lead", err)
	}
	if len(out.Item) == 0 {
		return nil, fmt.Errorf("store: lead %s: %w", id, ErrNotFound)
	}
	return decodeLead(out.Item)
}

// Claim reserves an idempotency key for leadID until now+window. When the
// key is already held, it returns the lead id that holds it. The put is
// conditional, so of two concurrent claims exactly one wins and the other
// learns the winner's id.
func (s *Store) Claim(ctx context.Context, form, hash, leadID string, window time.Duration, now time.Time) (string, error) {
	pk := "IDEM#" + form + "#" + hash
	exp := now.Add(window).Unix()
	for attempt := 0; attempt < 3; attempt++ {
		_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: &s.table,
			Item: map[string]types.AttributeValue{
				"pk": str(pk), "sk": str("IDEM"), "lead_id": str(leadID),
				"expires_at": num(exp), "ttl": num(exp + 86400),
			},
			ConditionExpression:       aws.String("attribute_not_exists(pk) OR expires_at < :now"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":now": num(now.Unix())},
		})
		if err == nil {
			return leadID, nil
		}
		if !isConditionFailed(err) {
			return "", unavailable("claim idempotency key", err)
		}
		out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(pk, "IDEM"), ConsistentRead: aws.Bool(true)})
		if err != nil {
			return "", unavailable("read idempotency key", err)
		}
		if v, ok := out.Item["lead_id"].(*types.AttributeValueMemberS); ok {
			return v.Value, nil
		}
		// The holder expired and was removed between our two calls: retry.
	}
	return "", fmt.Errorf("store: claim idempotency key: %w", ErrConflict)
}

// Page is one page of leads and the cursor for the next ("" at the end).
type Page struct {
	Leads []*lead.Lead
	Next  string
}

// ListByForm lists a form's leads, newest first.
func (s *Store) ListByForm(ctx context.Context, form string, limit int, cursor string) (Page, error) {
	in := &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexByFormTime),
		KeyConditionExpression:    aws.String("gsi2pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str("FORM#" + form)},
		ScanIndexForward:          aws.Bool(false),
		Limit:                     aws.Int32(int32(limit)),
	}
	if cursor != "" {
		start, err := decodeCursor(cursor)
		if err != nil {
			return Page{}, err
		}
		in.ExclusiveStartKey = start
	}
	out, err := s.db.Query(ctx, in)
	if err != nil {
		return Page{}, unavailable("list leads by form", err)
	}
	return s.page(ctx, out.Items, out.LastEvaluatedKey)
}

// ListByEmail lists a person's leads across forms, newest first.
func (s *Store) ListByEmail(ctx context.Context, email string, limit int) ([]*lead.Lead, error) {
	out, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexByEmail),
		KeyConditionExpression:    aws.String("gsi1pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str("EMAIL#" + email)},
		ScanIndexForward:          aws.Bool(false),
		Limit:                     aws.Int32(int32(limit)),
	})
	if err != nil {
		return nil, unavailable("list leads by email", err)
	}
	p, err := s.page(ctx, out.Items, nil)
	return p.Leads, err
}

// page reads the leads an index page names, in the page's order: the
// byEmail and byFormTime indexes hold keys only, so that a lead's writes
// do not rewrite its index entries.
func (s *Store) page(ctx context.Context, items []map[string]types.AttributeValue, last map[string]types.AttributeValue) (Page, error) {
	var p Page
	ids := make([]string, 0, len(items))
	for _, it := range items {
		if pk, ok := it["pk"].(*types.AttributeValueMemberS); ok && strings.HasPrefix(pk.Value, "LEAD#") {
			ids = append(ids, strings.TrimPrefix(pk.Value, "LEAD#"))
		}
	}
	leads, err := s.getLeads(ctx, ids)
	if err != nil {
		return Page{}, err
	}
	p.Leads = leads
	if len(last) > 0 {
		c, err := encodeCursor(last)
		if err != nil {
			return Page{}, err
		}
		p.Next = c
	}
	return p, nil
}

// batchGetMax is how many keys one BatchGetItem may ask for.
const batchGetMax = 100

// getLeads reads leads ids with BatchGetItem (eventually consistent, like
// the index that named them), in the order of ids; a lead deleted
// meanwhile (junk expiring) is left out.
func (s *Store) getLeads(ctx context.Context, ids []string) ([]*lead.Lead, error) {
	byID := make(map[string]*lead.Lead, len(ids))
	for start := 0; start < len(ids); start += batchGetMax {
		chunk := ids[start:min(start+batchGetMax, len(ids))]
		keys := make([]map[string]types.AttributeValue, 0, len(chunk))
		for _, id := range chunk {
			keys = append(keys, key(leadPK(id), leadSK))
		}
		req := map[string]types.KeysAndAttributes{s.table: {Keys: keys}}
		for len(req) > 0 {
			out, err := s.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
			if err != nil {
				return nil, unavailable("read leads", err)
			}
			for _, it := range out.Responses[s.table] {
				l, err := decodeLead(it)
				if err != nil {
					return nil, err
				}
				byID[l.ID] = l
			}
			req = out.UnprocessedKeys
		}
	}
	leads := make([]*lead.Lead, 0, len(ids))
	for _, id := range ids {
		if l := byID[id]; l != nil {
			leads = append(leads, l)
		}
	}
	return leads, nil
}

// LatestByEmail returns the person's newest lead, or nil when there is none.
func (s *Store) LatestByEmail(ctx context.Context, email string) (*lead.Lead, error) {
	ls, err := s.ListByEmail(ctx, email, 1)
	if err != nil || len(ls) == 0 {
		return nil, err
	}
	return ls[0], nil
}

// Supersede marks lead prevID as taken over by newID: its nurture
// enrollment stops (the new lead carries it on) and it leaves the due-work
// index.
func (s *Store) Supersede(ctx context.Context, prevID, newID string, now time.Time) error {
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: &s.table,
		Key:       key(leadPK(prevID), leadSK),
		UpdateExpression: aws.String("SET superseded_by = :new, updated_at = :now, " +
			"nurture.#state = :stopped, nurture.stop_reason = :why REMOVE due_shard, due_at"),
		ConditionExpression:      aws.String("attribute_exists(pk) AND nurture.#state IN (:active, :pending)"),
		ExpressionAttributeNames: map[string]string{"#state": "state"},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":new": str(newID), ":now": str(now.UTC().Format(time.RFC3339Nano)),
			":stopped": str(string(lead.NurtureStopped)), ":why": str("superseded by " + newID),
			":active": str(string(lead.NurtureActive)), ":pending": str(string(lead.NurturePending)),
		},
	})
	if isConditionFailed(err) {
		// No enrollment to stop: just record the link.
		_, err = s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:           &s.table,
			Key:                 key(leadPK(prevID), leadSK),
			UpdateExpression:    aws.String("SET superseded_by = :new, updated_at = :now REMOVE due_shard, due_at"),
			ConditionExpression: aws.String("attribute_exists(pk)"),
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":new": str(newID), ":now": str(now.UTC().Format(time.RFC3339Nano)),
			},
		})
		if isConditionFailed(err) {
			return fmt.Errorf("store: supersede %s: %w", prevID, ErrNotFound)
		}
	}
	if err != nil {
		return unavailable("supersede lead", err)
	}
	return nil
}

// ReplaceLead writes l over the stored lead, but only if the stored lead is
// still the version read (its updated_at equals prevUpdatedAt): a decision
// made on stale data fails with ErrConflict instead of undoing a change.
func (s *Store) ReplaceLead(ctx context.Context, l *lead.Lead, prevUpdatedAt time.Time) error {
	item, err := leadItem(l)
	if err != nil {
		return err
	}
	prev, err := attributevalue.Marshal(prevUpdatedAt)
	if err != nil {
		return fmt.Errorf("store: marshal time: %w", err)
	}
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:                 &s.table,
		Item:                      item,
		ConditionExpression:       aws.String("updated_at = :prev"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":prev": prev},
	})
	switch {
	case err == nil:
		return nil
	case isConditionFailed(err):
		return fmt.Errorf("store: lead %s changed meanwhile: %w", l.ID, ErrConflict)
	default:
		return unavailable("replace lead", err)
	}
}
