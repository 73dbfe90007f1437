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
// does the work first holds a lease on the lead's item: lease_until
// (epoch milliseconds, wall clock) and a random lease_token. A lease costs
// no write of its own: a claim reads the lead (one Query, which a worker
// needs anyway) and checks that the work is there and no unexpired lease
// is held; the worker's first write (Record of an intent, or Release)
// takes the lease with what it writes, on condition that the state is
// still as read (its updated_at and rev, a random revision every lease
// write sets). Of two workers that read the same lead, only the first to
// write holds it; nothing leaves the process before that write (an intent
// is recorded before every send). Later writes are conditional on holding
// the token. Record keeps the lease: a worker records its intent before
// sending an e-mail; Release writes the outcome and ends it (package lead
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
// The lease is taken by the worker's first write (see the top of this file).
func (s *Store) ClaimDue(ctx context.Context, id string, now, clock time.Time, ttl time.Duration) (*Lease, error) {
	due := FormatDue(now)
	return s.claim(ctx, id, func(st map[string]types.AttributeValue, _ state) bool {
		at := attrS(st, "due_at")
		return at != "" && at <= due
	}, clock, ttl)
}

// ClaimHandoff leases lead id for ttl if its sales hand-off is pending
// (whether or not it is due yet) and nobody holds an unexpired lease; it is
// how the hand-off function sends the notification at once.
func (s *Store) ClaimHandoff(ctx context.Context, id string, clock time.Time, ttl time.Duration) (*Lease, error) {
	return s.claim(ctx, id, func(_ map[string]types.AttributeValue, cur state) bool {
		return cur.Handoff != nil && cur.Handoff.State == lead.HandoffPending
	}, clock, ttl)
}

// claim reads lead id and returns a lease to be taken by its first write
// when work reports work on it and no unexpired lease is held at clock.
func (s *Store) claim(ctx context.Context, id string, work func(map[string]types.AttributeValue, state) bool, clock time.Time, ttl time.Duration) (*Lease, error) {
	item, body, err := s.readLead(ctx, id)
	if err != nil {
		return nil, err
	}
	if item == nil {
		return nil, fmt.Errorf("store: lease lead %s: %w", id, ErrConflict)
	}
	cur, err := decodeState(item)
	if err != nil {
		return nil, err
	}
	if v, ok := item["lease_until"].(*types.AttributeValueMemberN); ok {
		if until, _ := strconv.ParseInt(v.Value, 10, 64); until >= clock.UnixMilli() {
			return nil, fmt.Errorf("store: lease lead %s: leased: %w", id, ErrConflict)
		}
	}
	if !work(item, cur) {
		return nil, fmt.Errorf("store: lease lead %s: nothing to do: %w", id, ErrConflict)
	}
	l, err := decodeLead(item, body)
	if err != nil {
		return nil, err
	}
	var claimed *lead.Enrollment
	if l.Nurture != nil {
		c := *l.Nurture
		claimed = &c
	}
	return &Lease{Lead: l, Token: newToken(), Until: clock.Add(ttl), Claimed: claimed, Basis: basisOf(item)}, nil
}

// basisOf is the version of a lead item a lease's first write is
// conditional on: its rev and its updated_at, as stored.
func basisOf(st map[string]types.AttributeValue) string {
	return attrS(st, "rev") + "\x00" + attrS(st, "updated_at")
}

// basisCondition is the condition that the lead item is still at basis.
func basisCondition(basis string, vals map[string]types.AttributeValue) string {
	rev, upd, _ := strings.Cut(basis, "\x00")
	vals[":basis_upd"] = str(upd)
	cond := "updated_at = :basis_upd AND "
	if rev == "" {
		return cond + "attribute_not_exists(rev)"
	}
	vals[":basis_rev"] = str(rev)
	return cond + "rev = :basis_rev"
}

// lostBasis marks a lease whose first write found the lead changed: it is
// someone else's, and nothing more is written under it.
const lostBasis = "lost"

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
	if ls.Basis == lostBasis {
		return fmt.Errorf("store: lease of lead %s lost: %w", ls.Lead.ID, ErrConflict)
	}
	err := s.release(ctx, ls, now, keep)
	if errors.Is(err, errChangedSinceRead) {
		// The first write found the lead changed since it was read. It
		// may have been this lease's own write, whose answer was lost and
		// which is now retried: then the lease is held.
		st, gerr := s.readState(ctx, ls.Lead.ID)
		if gerr != nil {
			return gerr
		}
		if attrS(st, "rev") != ls.Token {
			ls.Basis = lostBasis
			return fmt.Errorf("store: lead %s changed since it was read: %w", ls.Lead.ID, ErrConflict)
		}
		ls.Basis = ""
		err = s.release(ctx, ls, now, keep)
	}
	if !errors.Is(err, errStoppedMeanwhile) {
		return err
	}
	// Adopt the stop and write the rest once more.
	item, gerr := s.readState(ctx, ls.Lead.ID)
	if gerr != nil {
		return gerr
	}
	if attrS(item, "lease_token") != ls.Token {
		return fmt.Errorf("store: release lead %s: %w", ls.Lead.ID, ErrConflict)
	}
	stored, derr := decodeState(item)
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

// errChangedSinceRead: a lease's first write failed its condition.
var errChangedSinceRead = errors.New("store: lead changed since it was read")

// readState reads lead id's item, strongly consistent.
func (s *Store) readState(ctx context.Context, id string) (map[string]types.AttributeValue, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: &s.table, Key: key(leadPK(id), leadSK), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return nil, unavailable("re-read leased lead", err)
	}
	return out.Item, nil
}

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
	set := []string{"updated_at = :upd", "rev = :tok"}
	var remove []string
	if !keep {
		remove = append(remove, "lease_until", "lease_token")
	}
	names := map[string]string{}
	cond := "lease_token = :tok"
	first := ls.Basis != ""
	if first {
		// The lease is taken by this write, if the lead is as read.
		cond = basisCondition(ls.Basis, vals)
		if keep {
			vals[":until"] = num(ls.Until.UnixMilli())
			set = append(set, "lease_until = :until", "lease_token = :tok")
		}
	}
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
	guarded := !first && (changed || l.Nurture.Live())
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
		Key:                       key(leadPK(l.ID), leadSK),
		ConditionExpression:       aws.String(cond),
		UpdateExpression:          aws.String(update),
		ExpressionAttributeValues: vals,
	}
	if len(names) > 0 {
		in.ExpressionAttributeNames = names
	}
	_, err := s.db.UpdateItem(ctx, in)
	switch {
	case isConditionFailed(err) && first:
		return errChangedSinceRead
	case isConditionFailed(err) && guarded:
		return errStoppedMeanwhile
	case isConditionFailed(err):
		return fmt.Errorf("store: release lead %s: %w", l.ID, ErrConflict)
	case err != nil:
		return unavailable("release lead", err)
	}
	ls.Basis = ""
	if keep && l.Nurture != nil {
		// What is stored now is what later writes compare with.
		c := *l.Nurture
		ls.Claimed = &c
	}
	return nil
}
