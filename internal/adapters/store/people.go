package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// What a person's privacy requests need of the table (internal/privacy):
//
//	item          pk             sk
//	address key   KEY#ADDRESS    KEY
//
// The suppression list names an address by a keyed hash of it
// (AddressHash), never by the address itself, so that erasing a person
// leaves nothing that reads as their address while every send can still
// find that they must not be mailed. The key is 32 random bytes, made by
// the first store that needs it (a conditional put: of two concurrent
// makers one wins and both use its key) and cached per table for the
// life of the process: every function computes the same hash without a
// secret of its own to deploy. Someone who can read the whole table can
// read the key too, and then test a guessed address against the hash;
// someone who holds the suppression items alone cannot.

const addressKeyPK = "KEY#ADDRESS"

// addressKeys caches each table's address key (table name → []byte).
var addressKeys sync.Map

// addressKey returns the table's address key, making it if absent and
// create is set; else nil when there is none yet (nothing was ever
// suppressed by hash, so a check needs none: a read never writes).
func (s *Store) addressKey(ctx context.Context, create bool) ([]byte, error) {
	if k, ok := addressKeys.Load(s.table); ok {
		return k.([]byte), nil
	}
	for range 2 {
		out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
			TableName: &s.table, Key: key(addressKeyPK, "KEY"), ConsistentRead: aws.Bool(true),
		})
		if err != nil {
			return nil, unavailable("read address key", err)
		}
		if b, ok := out.Item["key"].(*types.AttributeValueMemberB); ok && len(b.Value) >= 32 {
			addressKeys.Store(s.table, b.Value)
			return b.Value, nil
		}
		if !create {
			return nil, nil
		}
		k := newKey()
		_, err = s.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: &s.table,
			Item: map[string]types.AttributeValue{
				"pk": str(addressKeyPK), "sk": str("KEY"), "key": &types.AttributeValueMemberB{Value: k},
			},
			ConditionExpression: aws.String("attribute_not_exists(pk)"),
		})
		if err == nil {
			addressKeys.Store(s.table, k)
			return k, nil
		}
		if !isConditionFailed(err) {
			return nil, unavailable("make address key", err)
		}
		// Another store made it meanwhile: read theirs.
	}
	return nil, fmt.Errorf("store: address key: %w", ErrConflict)
}

func newKey() []byte {
	k := make([]byte, 32)
	_, _ = rand.Read(k) // crypto/rand.Read never fails on supported platforms
	return k
}

// NormalEmail is the form of an address every key of the table is made
// from: trimmed and lower-cased, as intake stores a lead's address.
func NormalEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// AddressHash is the keyed hash that names email in the suppression
// list: HMAC-SHA256 with the table's address key over NormalEmail(email),
// 128 bits in unpadded base64url.
func (s *Store) AddressHash(ctx context.Context, email string) (string, error) {
	k, err := s.addressKey(ctx, true)
	if err != nil {
		return "", err
	}
	return addressHash(k, email), nil
}

func addressHash(k []byte, email string) string {
	m := hmac.New(sha256.New, k)
	m.Write([]byte(NormalEmail(email)))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:16])
}

// LeadsOfEmail reads every lead of email (the byEmail index, page by
// page, however many there are), newest first.
func (s *Store) LeadsOfEmail(ctx context.Context, email string) ([]*lead.Lead, error) {
	var all []*lead.Lead
	var start map[string]types.AttributeValue
	for {
		out, err := s.db.Query(ctx, &dynamodb.QueryInput{
			TableName:                 &s.table,
			IndexName:                 aws.String(IndexByEmail),
			KeyConditionExpression:    aws.String("gsi1pk = :pk"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(emailPK + NormalEmail(email))},
			ExclusiveStartKey:         start,
			ScanIndexForward:          aws.Bool(false),
			Limit:                     aws.Int32(stopPageSize),
		})
		if err != nil {
			return nil, unavailable("list leads by email", err)
		}
		page, err := s.page(ctx, out.Items, nil)
		if err != nil {
			return nil, err
		}
		all = append(all, page.Leads...)
		if len(out.LastEvaluatedKey) == 0 {
			return all, nil
		}
		start = out.LastEvaluatedKey
	}
}

// itemDeleter is the DynamoDB call that removes an item, which only
// erasure needs.
type itemDeleter interface {
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
}

// ForgetPlainSuppression deletes the suppression item that names email in
// plain text (pk SUPP#<address>), as suppressions were written before
// they were keyed by AddressHash. Deleting an absent item is no error.
// Call it only after the hashed suppression is written.
func (s *Store) ForgetPlainSuppression(ctx context.Context, email string) error {
	d, ok := s.db.(itemDeleter)
	if !ok {
		return fmt.Errorf("store: forget plain suppression: the database client cannot delete items")
	}
	_, err := d.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: &s.table, Key: key(plainSuppPK(email), "SUPP")})
	if err != nil {
		return unavailable("forget plain suppression", err)
	}
	return nil
}
