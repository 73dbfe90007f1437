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
	"sync"
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
	return s.claim(ctx, id, "due_at <= :now", map[string]types.AttributeValue{":now": str(FormatDue(now))}, nil, clock, ttl, nil)
}

// ClaimHandoff leases lead id for ttl if its sales hand-off is pending
// (whether or not it is due yet) and nobody holds an unexpired lease; it is
// how the hand-off function sends the notification at once. It reads the
// lead first: most leads have no hand-off, and a read unit costs a fifth
// of the write unit a failed conditional write would.
func (s *Store) ClaimHandoff(ctx context.Context, id string, clock time.Time, ttl time.Duration) (*Lease, error) {
	body, st, err := s.leadItems(ctx, id)
	if err != nil {
		return nil, err
	}
	if body == nil || st == nil {
		return nil, fmt.Errorf("store: lease lead %s: %w", id, ErrConflict)
	}
	if cur, err := decodeState(st); err != nil || cur.Handoff == nil || cur.Handoff.State != lead.HandoffPending {
		return nil, fmt.Errorf("store: lease lead %s: no hand-off pending: %w", id, ErrConflict)
	}
	return s.claim(ctx, id, "handoff.#st = :pending",
		map[string]types.AttributeValue{":pending": str(string(lead.HandoffPending))},
		map[string]string{"#st": "state"}, clock, ttl, body)
}

// claim takes the lease; body is the lead's body item when the caller read
// it already, else it is read alongside.
func (s *Store) claim(ctx context.Context, id, cond string, vals map[string]types.AttributeValue, names map[string]string, clock time.Time, ttl time.Duration, body map[string]types.AttributeValue) (*Lease, error) {
	until := clock.Add(ttl)
	token := newToken()
	vals[":clock"] = num(clock.UnixMilli())
	vals[":until"] = num(until.UnixMilli())
	vals[":tok"] = str(token)
	// The body is read while the lease is taken: both are needed and
	// neither waits for the other.
	var bodyErr error
	var wg sync.WaitGroup
	if body == nil {
		wg.Go(func() {
			var out *dynamodb.GetItemOutput
			out, bodyErr = s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(leadPK(id), leadSK), ConsistentRead: aws.Bool(true)})
			if bodyErr == nil {
				body = out.Item
			}
		})
	}
	out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(id), stateSK),
		ConditionExpression:       aws.String("attribute_exists(pk) AND " + cond + " AND (attribute_not_exists(lease_until) OR lease_until < :clock)"),
		UpdateExpression:          aws.String("SET lease_until = :until, lease_token = :tok"),
		ExpressionAttributeValues: vals,
		ExpressionAttributeNames:  names,
		ReturnValues:              types.ReturnValueAllNew,
	})
	wg.Wait()
	if isConditionFailed(err) {
		return nil, fmt.Errorf("store: lease lead %s: %w", id, ErrConflict)
	}
	if err != nil {
		return nil, unavailable("lease lead", err)
	}
	if bodyErr != nil {
		return nil, unavailable("read leased lead", bodyErr)
	}
	if len(body) == 0 {
		return nil, s.orphan(ctx, id, token, out.Attributes, clock)
	}
	l, err := decodeLead(body, out.Attributes)
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

// OrphanAfter is how long a lead's state may wait for its body: CreateLead
// writes both at once, so a state older than this without a body belongs
// to a submission whose storing failed and was never retried.
const OrphanAfter = 10 * time.Minute

// orphan gives back a lease taken on a state item whose body is missing:
// the body is still being written (a claim racing CreateLead), or it never
// will be, and then the state also leaves the due-work index. It returns
// ErrConflict either way: there is no lead to work.
func (s *Store) orphan(ctx context.Context, id, token string, item map[string]types.AttributeValue, clock time.Time) error {
	update := "REMOVE lease_until, lease_token"
	if st, err := decodeState(item); err == nil && clock.Sub(st.UpdatedAt) > OrphanAfter {
		update += ", due_shard, due_at"
	}
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(id), stateSK),
		ConditionExpression:       aws.String("lease_token = :tok"),
		UpdateExpression:          aws.String(update),
		ExpressionAttributeValues: map[string]types.AttributeValue{":tok": str(token)},
	})
	if err != nil && !isConditionFailed(err) {
		return unavailable("release lease on a lead without a body", err)
	}
	return fmt.Errorf("store: lead %s has no body: %w", id, ErrConflict)
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
// keeps the lease and leaves the due time for Release: a worker records
// its intent to send before sending, and the outcome as soon as it knows
// it. It returns ErrConflict when the lease was lost. An enrollment
// stopped meanwhile is adopted as in Release, so the worker sees the stop
// in ls.Lead.Nurture and sends nothing.
func (s *Store) Record(ctx context.Context, ls *Lease, now time.Time) error {
	return s.write(ctx, ls, now, true)
}

func (s *Store) write(ctx context.Context, ls *Lease, now time.Time, keep bool) error {
	err := s.release(ctx, ls, now, keep)
	if !errors.Is(err, errStoppedMeanwhile) {
		return err
	}
	// Adopt the stop and write the rest once more.
	out, gerr := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(leadPK(ls.Lead.ID), stateSK), ConsistentRead: aws.Bool(true)})
	if gerr != nil {
		return unavailable("re-read leased lead", gerr)
	}
	tok, _ := out.Item["lease_token"].(*types.AttributeValueMemberS)
	if tok == nil || tok.Value != ls.Token {
		return fmt.Errorf("store: release lead %s: %w", ls.Lead.ID, ErrConflict)
	}
	stored, derr := decodeState(out.Item)
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
	// Record leaves the due time as it is: the lease keeps other workers
	// off until Release sets it, and each move of an index key costs a
	// delete and a put in the dueWork index. Should the worker die before
	// Release, its lease runs out, the next worker finds the lead under
	// its old due time and its own Release puts it where it belongs.
	if !keep {
		if due := l.DueAt(); due != nil {
			vals[":shard"] = str(DueShard(l.ID))
			vals[":due"] = str(FormatDue(*due))
			set = append(set, "due_shard = :shard", "due_at = :due")
		} else {
			remove = append(remove, "due_shard", "due_at")
		}
	}
	update := "SET " + strings.Join(set, ", ")
	if len(remove) > 0 {
		update += " REMOVE " + strings.Join(remove, ", ")
	}
	in := &dynamodb.UpdateItemInput{
		TableName:                 &s.table,
		Key:                       key(leadPK(l.ID), stateSK),
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
