package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// memLeads keeps leads and the audit trail in memory, with the store's
// order (newest first by id), paging and conflict rules, for the table
// tests; the dynalite tests run the same handlers on the real store.
type memLeads struct {
	mu    sync.Mutex
	leads map[string][]byte // id -> JSON, so a caller's changes never leak in
	audit []lead.Audit
	reads int // leads read by list methods, to check bounds
	supp  map[string]*store.Suppression
	sent  map[string][]store.EmailRecord // lead id -> what SES reported
}

func newMem(ls ...*lead.Lead) *memLeads {
	m := &memLeads{leads: map[string][]byte{}, supp: map[string]*store.Suppression{}, sent: map[string][]store.EmailRecord{}}
	for _, l := range ls {
		m.put(l)
	}
	return m
}

func (m *memLeads) put(l *lead.Lead) {
	b, err := json.Marshal(l)
	if err != nil {
		panic(err)
	}
	m.leads[l.ID] = b
}

func (m *memLeads) get(id string) *lead.Lead {
	b, ok := m.leads[id]
	if !ok {
		return nil
	}
	var l lead.Lead
	if err := json.Unmarshal(b, &l); err != nil {
		panic(err)
	}
	return &l
}

func (m *memLeads) GetLead(_ context.Context, id string) (*lead.Lead, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if l := m.get(id); l != nil {
		return l, nil
	}
	return nil, fmt.Errorf("lead %s: %w", id, store.ErrNotFound)
}

func (m *memLeads) ids() []string {
	ids := make([]string, 0, len(m.leads))
	for id := range m.leads {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func (m *memLeads) ListByEmail(_ context.Context, email string, limit int) ([]*lead.Lead, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*lead.Lead
	ids := m.ids()
	slices.Reverse(ids)
	for _, id := range ids {
		if l := m.get(id); l.Email == email && len(out) < limit {
			out = append(out, l)
		}
	}
	m.reads += len(out)
	return out, nil
}

// ReviewQueue lists form's held leads oldest first, as the store's
// review shard of the dueWork index does.
func (m *memLeads) ReviewQueue(_ context.Context, form string, limit int, cursor string) ([]*lead.Lead, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []*lead.Lead
	for _, id := range m.ids() {
		if l := m.get(id); l.FormID == form && l.Verdict == lead.VerdictReview && l.SupersededBy == "" {
			all = append(all, l)
		}
	}
	return page(all, limit, cursor)
}

func (m *memLeads) LeadsByFormTime(_ context.Context, form string, from, to time.Time, oldest bool, limit int, cursor string) ([]*lead.Lead, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []*lead.Lead
	ids := m.ids()
	if !oldest {
		slices.Reverse(ids)
	}
	for _, id := range ids {
		l := m.get(id)
		if l.FormID == form && (from.IsZero() || !l.ReceivedAt.Before(from)) && (to.IsZero() || l.ReceivedAt.Before(to)) {
			all = append(all, l)
		}
	}
	ls, next, err := page(all, limit, cursor)
	m.reads += len(ls)
	return ls, next, err
}

func (m *memLeads) ReplaceLead(_ context.Context, l *lead.Lead, prev time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.get(l.ID)
	if cur == nil || !cur.UpdatedAt.Equal(prev) {
		return fmt.Errorf("lead %s: %w", l.ID, store.ErrConflict)
	}
	m.put(l)
	return nil
}

func (m *memLeads) AppendAudit(_ context.Context, e lead.Audit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.audit = append(m.audit, e)
	return nil
}

func (m *memLeads) Audit(_ context.Context, limit int, cursor string) ([]lead.Audit, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	all := slices.Clone(m.audit)
	slices.Reverse(all)
	return page(all, limit, cursor)
}

func (m *memLeads) Suppressed(_ context.Context, email string) (*store.Suppression, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.supp[email], nil
}

func (m *memLeads) SentEmails(_ context.Context, leadID string) ([]store.EmailRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sent[leadID], nil
}

// page is one page of all from cursor (an offset, as the fakes write it) on.
func page[T any](all []T, limit int, cursor string) ([]T, string, error) {
	start := 0
	if cursor != "" {
		n, err := strconv.Atoi(cursor)
		if err != nil || n < 0 {
			return nil, "", store.ErrBadCursor
		}
		start = min(n, len(all))
	}
	end := min(start+limit, len(all))
	next := ""
	if end < len(all) {
		next = strconv.Itoa(end)
	}
	return all[start:end], next, nil
}
