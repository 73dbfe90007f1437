// Package store keeps leads and their state in one DynamoDB table (single
// table design). It owns every key layout and access pattern:
//
//	item             pk                          sk        indexes
//	lead             LEAD#<id>                   LEAD      byEmail, byFormTime, dueWork (when due)
//	lead body        LEAD#<id>                   BODY#<h>  - (only a lead too big for one item)
//	idempotency      IDEM#<form>#<hash>          IDEM      -
//	counter          CTR#<key>#<window start>    CTR       -
//	first-use mark   ONCE#<key>                  ONCE      -
//	report aggregate AGG#<form>#<day>            AGG       - (reports.go)
//	routing turns    ROUTE#TEAM#<team>           TURN      - (routing.go)
//	routing count    ROUTE#MEMBER#<email hash>   DAY#<day> - (routing.go)
//
// A lead is one item while it fits one KB (leaditems.go): its compressed
// body and the follow-up that every lease, intent, outcome and step
// advance rewrites. DynamoDB bills a write by the size of the whole item
// and adds a write for every index entry it changes, so the indexes hold
// keys only: byEmail (gsi1pk=EMAIL#<email>) finds a person's leads and
// byFormTime (gsi2pk=FORM#<form>) lists a form's leads, both sorted by pk
// (newest first: an id begins with its time); the leads themselves are
// then read with BatchGetItem. dueWork (due_shard=DUE#<0..n>,
// due_at=<time>) holds only leads with work due (retries, nurture steps),
// so reading due work costs what is due, not what is stored; a new
// qualified lead whose hand-off intake starts at once goes there only when
// that hand-off might be lost (handoffnet.go). Items that
// expire carry a numeric ttl attribute (epoch seconds) that DynamoDB's TTL
// deletes.
//
// Which leads have work due, and when, is the domain's rule (lead.Lead.DueAt);
// the store only keeps the dueWork index in step with it, and leases work
// as lead.Lease values so that workers never see a DynamoDB type. A lease
// is taken by the worker's first write, conditional on the lead being as
// read (work.go): it costs no write of its own.
//
// Only single-item conditional writes are used: they are race-free without
// transactions (which the local DynamoDB server lacks and which cost twice
// as much).
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

	"github.com/leadsieve/leadsieve/internal/adapters/store/storeerr"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// DB is the part of the DynamoDB client the store uses.
type DB interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
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

// Errors (the same values as package storeerr's). Anything else from
// DynamoDB is wrapped in ErrUnavailable.
var (
	ErrNotFound    = storeerr.ErrNotFound
	ErrUnavailable = storeerr.ErrUnavailable
	// ErrConflict means a conditional write lost to a concurrent one.
	ErrConflict = storeerr.ErrConflict
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

// CreateLead writes l if no lead with its id exists. created is false when
// the lead was already there (a retry or a concurrent twin wrote it): the
// lead item is written only if absent, and decides created. A body kept
// apart (leaditems.go) is written first, so that no lead item ever names a
// body that is not there; a twin that lost removes the body it wrote, unless
// it is the one the stored lead names (the same content).
func (s *Store) CreateLead(ctx context.Context, l *lead.Lead) (created bool, err error) {
	return s.createLead(ctx, l, true)
}

func (s *Store) createLead(ctx context.Context, l *lead.Lead, indexHandoff bool) (created bool, err error) {
	item, body, err := leadItems(l, indexHandoff)
	if err != nil {
		return false, err
	}
	if body != nil {
		if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &s.table, Item: body}); err != nil {
			return false, unavailable("create lead body", err)
		}
	}
	_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           &s.table,
		Item:                item,
		ConditionExpression: aws.String("attribute_not_exists(pk)"),
	})
	switch {
	case err == nil:
		return true, nil
	case !isConditionFailed(err):
		return false, unavailable("create lead", err)
	case body != nil:
		s.dropBody(ctx, l.ID, attrS(body, "sk"))
	}
	return false, nil
}

// dropBody deletes lead id's body item sk unless the lead item names it:
// the body of a lead item that was never written (a twin stored the lead),
// or that a decision replaced. Failures are left: an unnamed body is never
// read, and it expires with the lead when the lead does.
func (s *Store) dropBody(ctx context.Context, id, sk string) {
	if named, ok := s.namedBody(ctx, id); !ok || named == sk {
		return
	}
	_, _ = s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &s.table, Key: key(leadPK(id), sk)})
}

// namedBody is the body_sk of lead id's item as stored ("" when it has
// none); ok is false when it cannot be read.
func (s *Store) namedBody(ctx context.Context, id string) (sk string, ok bool) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &s.table, Key: key(leadPK(id), leadSK), ConsistentRead: aws.Bool(true),
		ProjectionExpression: aws.String("body_sk"),
	})
	if err != nil {
		return "", false
	}
	return attrS(out.Item, "body_sk"), true
}

// GetLead reads a lead by id with a strongly consistent read: one Query
// for its item and, when kept apart, its body.
func (s *Store) GetLead(ctx context.Context, id string) (*lead.Lead, error) {
	item, body, err := s.readLead(ctx, id)
	if err != nil {
		return nil, err
	}
	if item == nil {
		return nil, fmt.Errorf("store: lead %s: %w", id, ErrNotFound)
	}
	return decodeLead(item, body)
}

// readLead reads lead id's item (nil when absent) and the body item it
// names (nil when the body is inline) with one strongly consistent Query.
func (s *Store) readLead(ctx context.Context, id string) (item, body map[string]types.AttributeValue, err error) {
	out, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		KeyConditionExpression:    aws.String("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(leadPK(id))},
		ConsistentRead:            aws.Bool(true),
	})
	if err != nil {
		return nil, nil, unavailable("get lead", err)
	}
	bodies := map[string]map[string]types.AttributeValue{}
	for _, it := range out.Items {
		switch sk := attrS(it, "sk"); {
		case sk == leadSK:
			item = it
		case strings.HasPrefix(sk, bodySKPref):
			bodies[sk] = it
		}
	}
	if item != nil {
		body = bodies[attrS(item, "body_sk")]
	}
	return item, body, nil
}

// Claim reserves an idempotency key for leadID until now+window. When the
// key is already held, it returns the lead id that holds it. The put is
// conditional, so of two concurrent claims exactly one wins and the other
// learns the winner's id: from the failed put itself (DynamoDB returns the
// item that failed the condition), or, from a server that does not return
// it (the local stand-in), with a read.
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
			ConditionExpression:                 aws.String("attribute_not_exists(pk) OR expires_at < :now"),
			ExpressionAttributeValues:           map[string]types.AttributeValue{":now": num(now.Unix())},
			ReturnValuesOnConditionCheckFailure: types.ReturnValuesOnConditionCheckFailureAllOld,
		})
		if err == nil {
			return leadID, nil
		}
		var ccf *types.ConditionalCheckFailedException
		if !errors.As(err, &ccf) {
			return "", unavailable("claim idempotency key", err)
		}
		holder := ccf.Item
		if holder == nil {
			out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(pk, "IDEM"), ConsistentRead: aws.Bool(true)})
			if err != nil {
				return "", unavailable("read idempotency key", err)
			}
			holder = out.Item
		}
		if v, ok := holder["lead_id"].(*types.AttributeValueMemberS); ok {
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
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(formPK + form)},
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

// queryByEmail reads the keys of a person's newest leads (at most limit)
// from the keys-only byEmail index.
func (s *Store) queryByEmail(ctx context.Context, email string, limit int) (*dynamodb.QueryOutput, error) {
	return s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		IndexName:                 aws.String(IndexByEmail),
		KeyConditionExpression:    aws.String("gsi1pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(emailPK + email)},
		ScanIndexForward:          aws.Bool(false),
		Limit:                     aws.Int32(int32(limit)),
	})
}

// ListByEmail lists a person's leads across forms, newest first.
func (s *Store) ListByEmail(ctx context.Context, email string, limit int) ([]*lead.Lead, error) {
	out, err := s.queryByEmail(ctx, email, limit)
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

// getLeads reads leads ids with BatchGetItem, eventually consistent like
// the index that named them, in the order of ids: their items, then the
// bodies of those that keep them apart. A lead deleted meanwhile (junk
// expiring, or a body replaced by a decision between the two reads) is
// left out.
func (s *Store) getLeads(ctx context.Context, ids []string) ([]*lead.Lead, error) {
	leads, _, err := s.getLeadItems(ctx, ids)
	return leads, err
}

// getLeadItems is getLeads that also returns each lead's item.
func (s *Store) getLeadItems(ctx context.Context, ids []string) ([]*lead.Lead, []map[string]types.AttributeValue, error) {
	keys := make([]map[string]types.AttributeValue, 0, len(ids))
	for _, id := range ids {
		keys = append(keys, key(leadPK(id), leadSK))
	}
	items, err := s.batchGet(ctx, keys)
	if err != nil {
		return nil, nil, err
	}
	var bodyKeys []map[string]types.AttributeValue
	for _, it := range items {
		if sk := attrS(it, "body_sk"); sk != "" {
			bodyKeys = append(bodyKeys, key(attrS(it, "pk"), sk))
		}
	}
	bodies, err := s.batchGet(ctx, bodyKeys)
	if err != nil {
		return nil, nil, err
	}
	leads := make([]*lead.Lead, 0, len(ids))
	kept := make([]map[string]types.AttributeValue, 0, len(ids))
	for _, id := range ids {
		it := items[leadPK(id)+"\x00"+leadSK]
		if it == nil {
			continue
		}
		var body map[string]types.AttributeValue
		if sk := attrS(it, "body_sk"); sk != "" {
			if body = bodies[leadPK(id)+"\x00"+sk]; body == nil {
				continue
			}
		}
		l, err := decodeLead(it, body)
		if err != nil {
			return nil, nil, err
		}
		leads = append(leads, l)
		kept = append(kept, it)
	}
	return leads, kept, nil
}

// batchGet reads the items keys name, eventually consistent, by pk and sk
// joined with a NUL.
func (s *Store) batchGet(ctx context.Context, keys []map[string]types.AttributeValue) (map[string]map[string]types.AttributeValue, error) {
	found := make(map[string]map[string]types.AttributeValue, len(keys))
	for start := 0; start < len(keys); start += batchGetMax {
		req := map[string]types.KeysAndAttributes{s.table: {Keys: keys[start:min(start+batchGetMax, len(keys))]}}
		for len(req) > 0 {
			out, err := s.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
			if err != nil {
				return nil, unavailable("read leads", err)
			}
			for _, it := range out.Responses[s.table] {
				found[attrS(it, "pk")+"\x00"+attrS(it, "sk")] = it
			}
			req = out.UnprocessedKeys
		}
	}
	return found, nil
}

// RecallByEmail returns the ids of the person's newest leads, at most n,
// newest first, and the newest lead itself (nil when there is none): one
// Query of the keys-only byEmail index (n keys fit one read unit for n up
// to about 40) and a read of one lead. Intake merges a returning person
// with the newest lead and counts the recent ones for the velocity check.
func (s *Store) RecallByEmail(ctx context.Context, email string, n int) (ids []string, latest *lead.Lead, err error) {
	out, err := s.queryByEmail(ctx, email, n)
	if err != nil {
		return nil, nil, unavailable("list leads by email", err)
	}
	for _, it := range out.Items {
		if pk, ok := it["pk"].(*types.AttributeValueMemberS); ok && strings.HasPrefix(pk.Value, "LEAD#") {
			ids = append(ids, strings.TrimPrefix(pk.Value, "LEAD#"))
		}
	}
	if len(ids) == 0 {
		return nil, nil, nil
	}
	ls, err := s.getLeads(ctx, ids[:1])
	if err != nil || len(ls) == 0 {
		return ids, nil, err
	}
	return ids, ls[0], nil
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
// The lead item is one conditional PutItem, so a decision is stored whole
// or not at all; a body kept apart is written before it (under a key of
// its own) and the body it replaces is deleted after it.
func (s *Store) ReplaceLead(ctx context.Context, l *lead.Lead, prevUpdatedAt time.Time) error {
	item, body, err := itemsOf(l)
	if err != nil {
		return err
	}
	prev, err := attributevalue.Marshal(prevUpdatedAt)
	if err != nil {
		return fmt.Errorf("store: marshal time: %w", err)
	}
	if body != nil {
		if _, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &s.table, Item: body}); err != nil {
			return unavailable("replace lead body", err)
		}
	}
	out, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:                 &s.table,
		Item:                      item,
		ConditionExpression:       aws.String("updated_at = :prev"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":prev": prev},
		ReturnValues:              types.ReturnValueAllOld,
	})
	switch {
	case isConditionFailed(err):
		if body != nil {
			s.dropBody(ctx, l.ID, attrS(body, "sk"))
		}
		return fmt.Errorf("store: lead %s changed meanwhile: %w", l.ID, ErrConflict)
	case err != nil:
		return unavailable("replace lead", err)
	}
	if old := attrS(out.Attributes, "body_sk"); old != "" && old != attrS(item, "body_sk") {
		s.dropBody(ctx, l.ID, old)
	}
	return nil
}
