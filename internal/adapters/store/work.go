package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
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

// Due work and leases.
//
// A lead with work due (a pending sales hand-off, a nurture step) carries
// due_shard and due_at, so it appears on the sparse dueWork index. Whoever
// does the work first takes a lease on the lead item: a conditional write of
// lease_until (epoch milliseconds, wall clock) and a random lease_token,
// allowed only when no unexpired lease exists. The work is then done and the
// result written back with Release, conditional on still holding the token.
// Record writes the same way but keeps the lease: a worker records its
// intent before sending an e-mail and the outcome right after (package lead
// says what a stale intent means). A worker that crashes mid-way leaves a
// lease that simply expires, and an intent that the next worker recovers.

// DueRef is one entry of the due-work index.
type DueRef struct {
	ID    string
	DueAt string // as stored (FormatDue)
}

// DuePage is one page of due work of a shard.
type DuePage struct {
	Refs []DueRef
	// Next is an opaque cursor that continues the query; "" at the end.
	Next string
}

// QueryDue lists up to limit leads of shard (0..DueShards-1) with work due
// at or before now, oldest first, starting at cursor start ("" for the first
// page: DuePage.Next continues). It reads only the keys-only dueWork index.
func (s *Store) QueryDue(ctx context.Context, shard int, now time.Time, limit int, start string) (DuePage, error) {
	var startKey map[string]types.AttributeValue
	if start != "" {
		k, err := decodeCursor(start)
		if err != nil {
			return DuePage{}, err
		}
		startKey = k
	}
	out, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:              &s.table,
		IndexName:              aws.String(IndexDueWork),
		KeyConditionExpression: aws.String("due_shard = :s AND due_at <= :now"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":s": str("DUE#" + strconv.Itoa(shard)), ":now": str(FormatDue(now)),
		},
		Limit:             aws.Int32(int32(limit)),
		ExclusiveStartKey: startKey,
	})
	if err != nil {
		return DuePage{}, unavailable("query due work", err)
	}
	var p DuePage
	if len(out.LastEvaluatedKey) > 0 {
		if p.Next, err = encodeCursor(out.LastEvaluatedKey); err != nil {
			return DuePage{}, err
		}
	}
	for _, it := range out.Items {
		pk, _ := it["pk"].(*types.AttributeValueMemberS)
		due, _ := it["due_at"].(*types.AttributeValueMemberS)
		if pk == nil || due == nil || !strings.HasPrefix(pk.Value, "LEAD#") {
			continue
		}
		p.Refs = append(p.Refs, DueRef{ID: strings.TrimPrefix(pk.Value, "LEAD#"), DueAt: due.Value})
	}
	return p, nil
}

// Lease is a held claim on a lead's work (lead.Lease). Change Lead.Handoff
// and Lead.Nurture, then call Release to write them back.
type Lease = lead.Lease

func newToken() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// ClaimDue leases lead id for ttl if it still has work due at or before now
// and nobody holds an unexpired lease. clock is the wall-clock time used for
// lease expiry (now may be a simulated time, see leadctl dispatch --now).
// It returns ErrConflict when the work is gone or leased by another worker.
func (s *Store) ClaimDue(ctx context.Context, id string, now, clock time.Time, ttl time.Duration) (*Lease, error) {
	return s.claim(ctx, id, "due_at <= :now", map[string]types.AttributeValue{":now": str(FormatDue(now))}, nil, clock, ttl)
}

// ClaimHandoff leases lead id for ttl if its sales hand-off is pending
// (whether or not it is due yet) and nobody holds an unexpired lease; it is
// how intake sends the notification at once.
func (s *Store) ClaimHandoff(ctx context.Context, id string, clock time.Time, ttl time.Duration) (*Lease, error) {
	return s.claim(ctx, id, "handoff.#st = :pending",
		map[string]types.AttributeValue{":pending": str(string(lead.HandoffPending))},
		map[string]string{"#st": "state"}, clock, ttl)
}

func (s *Store) claim(ctx context.Context, id, cond string, vals map[string]types.AttributeValue, names map[string]string, clock time.Time, ttl time.Duration) (*Lease, error) {
	until := clock.Add(ttl)
	token := newToken()
	vals[":clock"] = num(clock.UnixMilli())
	vals[":until"] = num(until.UnixMilli())
	vals[":tok"] = str(token)
	out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(id), leadSK),
		ConditionExpression:       aws.String("attribute_exists(pk) AND " + cond + " AND (attribute_not_exists(lease_until) OR lease_until < :clock)"),
		UpdateExpression:          aws.String("SET lease_until = :until, lease_token = :tok"),
		ExpressionAttributeValues: vals,
		ExpressionAttributeNames:  names,
		ReturnValues:              types.ReturnValueAllNew,
	})
	if isConditionFailed(err) {
		return nil, fmt.Errorf("store: lease lead %s: %w", id, ErrConflict)
	}
	if err != nil {
		return nil, unavailable("lease lead", err)
	}
	l, err := decodeLead(out.Attributes)
	if err != nil {
		return nil, err
	}
	var claimed *lead.Enrollment
	if l.Nurture != nil {
		c := *l.Nurture
		claimed = &c
	}
	return &Lease{Lead: l, Token: token, Until: until, Claimed: claimed}, nil
}

// Release writes the lease's Handoff and Nurture back, puts the lead on the
// due-work index at its next due time (or takes it off when nothing is due)
// and ends the lease. It returns ErrConflict when the lease was lost (it
// expired and another worker took it). When the enrollment was stopped
// meanwhile (e.g. by an unsubscribe) the stop wins: the stored enrollment
// replaces ls.Lead.Nurture, the rest is written and the due time is
// computed from the stopped enrollment.
func (s *Store) Release(ctx context.Context, ls *Lease, now time.Time) error {
	return s.write(ctx, ls, now, false)
}

// Record writes the lease's Handoff and Nurture back like Release, but
// keeps the lease: a worker records its intent to send before sending, and
// the outcome as soon as it knows it. It returns ErrConflict when the lease
// was lost. An enrollment stopped meanwhile is adopted as in Release, so
// the worker sees the stop in ls.Lead.Nurture and sends nothing.
func (s *Store) Record(ctx context.Context, ls *Lease, now time.Time) error {
	return s.write(ctx, ls, now, true)
}

func (s *Store) write(ctx context.Context, ls *Lease, now time.Time, keep bool) error {
	err := s.release(ctx, ls, now, keep)
	if !errors.Is(err, errStoppedMeanwhile) {
		return err
	}
	// Adopt the stop and write the rest once more.
	out, gerr := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(leadPK(ls.Lead.ID), leadSK), ConsistentRead: aws.Bool(true)})
	if gerr != nil {
		return unavailable("re-read leased lead", gerr)
	}
	tok, _ := out.Item["lease_token"].(*types.AttributeValueMemberS)
	if tok == nil || tok.Value != ls.Token {
		return fmt.Errorf("store: release lead %s: %w", ls.Lead.ID, ErrConflict)
	}
	stored, derr := decodeLead(out.Item)
	if derr != nil {
		return derr
	}
	if stored.Nurture == nil || stored.Nurture.State != lead.NurtureStopped {
		// Not a stop after all: a concurrent change we do not understand.
		return fmt.Errorf("store: release lead %s: %w", ls.Lead.ID, ErrConflict)
	}
	ls.Lead.Nurture = stored.Nurture
	claimed := *stored.Nurture
	ls.Claimed = &claimed
	err = s.release(ctx, ls, now, keep)
	if errors.Is(err, errStoppedMeanwhile) {
		return fmt.Errorf("store: release lead %s: %w", ls.Lead.ID, ErrConflict)
	}
	return err
}

// errStoppedMeanwhile: a conditional release failed and the enrollment
// guard was part of the condition.
var errStoppedMeanwhile = errors.New("store: enrollment may have been stopped during the lease")

// sameEnrollment reports whether the worker left the enrollment as claimed.
func sameEnrollment(a, b *lead.Enrollment) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

func (s *Store) release(ctx context.Context, ls *Lease, now time.Time, keep bool) error {
	l := ls.Lead
	l.UpdatedAt = now
	vals := map[string]types.AttributeValue{":tok": str(ls.Token), ":upd": str(now.UTC().Format(time.RFC3339Nano))}
	set := []string{"updated_at = :upd"}
	var remove []string
	if !keep {
		remove = append(remove, "lease_until", "lease_token")
	}
	names := map[string]string{}
	cond := "lease_token = :tok"
	if l.Handoff != nil {
		l.Handoff.LeaseUntil = nil
		v, err := attributevalue.MarshalWithOptions(l.Handoff, marshalOpts)
		if err != nil {
			return fmt.Errorf("store: marshal hand-off: %w", err)
		}
		vals[":h"] = v
		set = append(set, "handoff = :h")
	}
	changed := false
	if l.Nurture != nil && !sameEnrollment(l.Nurture, ls.Claimed) {
		changed = true
		l.Nurture.LeaseUntil = nil
		v, err := attributevalue.MarshalWithOptions(l.Nurture, marshalOpts)
		if err != nil {
			return fmt.Errorf("store: marshal enrollment: %w", err)
		}
		vals[":n"] = v
		set = append(set, "nurture = :n")
	}
	guarded := changed || l.Nurture.Live()
	if guarded {
		// A stop written while we held the lease wins: neither our
		// enrollment nor a due time computed from it may overwrite it.
		names["#st"] = "state"
		vals[":stopped"] = str(string(lead.NurtureStopped))
		cond += " AND (attribute_not_exists(nurture) OR nurture.#st <> :stopped)"
	}
	if due := l.DueAt(); due != nil {
		vals[":shard"] = str(DueShard(l.ID))
		vals[":due"] = str(FormatDue(*due))
		set = append(set, "due_shard = :shard", "due_at = :due")
	} else {
		remove = append(remove, "due_shard", "due_at")
	}
	update := "SET " + strings.Join(set, ", ")
	if len(remove) > 0 {
		update += " REMOVE " + strings.Join(remove, ", ")
	}
	in := &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(l.ID), leadSK),
		ConditionExpression:       aws.String(cond),
		UpdateExpression:          aws.String(update),
		ExpressionAttributeValues: vals,
	}
	if len(names) > 0 {
		in.ExpressionAttributeNames = names
	}
	_, err := s.db.UpdateItem(ctx, in)
	if isConditionFailed(err) {
		if guarded {
			return errStoppedMeanwhile
		}
		return fmt.Errorf("store: release lead %s: %w", l.ID, ErrConflict)
	}
	if err != nil {
		return unavailable("release lead", err)
	}
	if keep && l.Nurture != nil {
		// What is stored now is what later writes compare with.
		c := *l.Nurture
		ls.Claimed = &c
	}
	return nil
}
