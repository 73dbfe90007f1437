// Package reviewdigest e-mails each form's reviewers, once a day, the leads
// held for junk review on that form, oldest first. A held lead gets no
// answer until a person decides, so the people who decide are told what is
// waiting instead of having to look (leadctl leads review shows the same
// queue on demand).
//
// The digest goes out on the first dispatcher run at or after the send hour
// (UTC) each day. A store marker per form and day makes it at most once: two
// dispatchers cannot both send it, and a send that fails is logged and not
// retried until the next day's digest, which lists the same leads if they
// are still waiting.
package reviewdigest

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/lead"
)

// Leads lists a form's stored leads, newest first, a page at a time.
type Leads interface {
	// ReviewQueue reads a page of form's leads held for review, oldest
	// first (store.Store provides it from an index of held leads alone).
	ReviewQueue(ctx context.Context, form string, limit int, cursor string) (leads []*lead.Lead, next string, err error)
}

// Marker records that something happened once: FirstUse is true only for
// the first call with a key within ttl when no owner is given
// (store.Counters provides it).
type Marker interface {
	FirstUse(ctx context.Context, key, owner string, ttl time.Duration, now time.Time) (bool, error)
}

// DefaultHour is the UTC hour from which the day's digest is sent.
const DefaultHour = 7

// maxListed bounds the leads one digest lists; the count says how many
// more wait.
const maxListed = 50

// topReasons is how many reasons a digest line shows.
const topReasons = 3

// Digest sends the daily review digests.
type Digest struct {
	Leads  Leads
	Marker Marker
	Mail   handoff.Sender
	From   mail.Address
	Forms  *forms.Set
	// Hour is the UTC hour from which the day's digest goes out; 0 means
	// DefaultHour.
	Hour int
	Log  *slog.Logger

	sent map[string]bool // markers this process already holds (warm Lambda)
}

// Queue returns the leads held for junk review on a form, oldest first:
// the one waiting longest comes first. Only held leads are read, however
// many others the form has.
func Queue(ctx context.Context, ls Leads, form string) ([]*lead.Lead, error) {
	var queue []*lead.Lead
	cursor := ""
	for {
		page, next, err := ls.ReviewQueue(ctx, form, 100, cursor)
		if err != nil {
			return nil, err
		}
		for _, l := range page {
			// A lead decided since the index was read is no longer held.
			if l.Verdict == lead.VerdictReview {
				queue = append(queue, l)
			}
		}
		if next == "" {
			break
		}
		cursor = next
	}
	return queue, nil
}

// Run sends today's digest of every form with reviewers whose digest is
// due at now and not yet sent, and returns how many e-mails went out. A
// form with nothing held sends nothing.
func (d *Digest) Run(ctx context.Context, now time.Time) (int, error) {
	now = now.UTC()
	hour := d.Hour
	if hour == 0 {
		hour = DefaultHour
	}
	if now.Hour() < hour || d.Forms == nil {
		return 0, nil
	}
	if d.sent == nil {
		d.sent = map[string]bool{}
	}
	day := now.Format(time.DateOnly)
	sent := 0
	for _, id := range d.Forms.IDs() {
		f := d.Forms.Get(id)
		if len(f.Reviewers) == 0 {
			continue
		}
		key := "review-digest:" + id + ":" + day
		if d.sent[key] {
			continue
		}
		first, err := d.Marker.FirstUse(ctx, key, "", 48*time.Hour, now)
		if err != nil {
			return sent, fmt.Errorf("reviewdigest: %s: %w", id, err)
		}
		d.sent[key] = true
		if !first {
			continue // another run sent it
		}
		queue, err := Queue(ctx, d.Leads, id)
		if err != nil {
			return sent, fmt.Errorf("reviewdigest: %s: %w", id, err)
		}
		if len(queue) == 0 {
			continue
		}
		for _, to := range f.Reviewers {
			if err := d.send(ctx, f, to, queue, now); err != nil {
				d.log().Error("review digest not sent", "form", id, "err", err)
				continue
			}
			sent++
		}
	}
	return sent, nil
}

func (d *Digest) send(ctx context.Context, f *forms.Form, to string, queue []*lead.Lead, now time.Time) error {
	m := Message(f, queue, now)
	m.From, m.To = d.From, mail.Address{Address: to}
	raw, err := m.Bytes()
	if err != nil {
		return err
	}
	_, err = handoff.SendRaw(ctx, d.Mail, d.From.Address, to, raw, handoff.Envelope{})
	return err
}

func (d *Digest) log() *slog.Logger {
	if d.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Log
}

// Message renders the digest of queue (oldest first) for form f at now:
// subject and plain text; the caller sets From and To.
func Message(f *forms.Form, queue []*lead.Lead, now time.Time) mail.Message {
	name := f.ID
	if f.Name != "" {
		name = f.Name + " (" + f.ID + ")"
	}
	noun := "leads"
	if len(queue) == 1 {
		noun = "lead"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s on %s wait for a person to decide whether they are junk.\n", len(queue), noun, name)
	b.WriteString("They get no answer until someone does. Oldest first:\n\n")
	for i, l := range queue {
		if i == maxListed {
			fmt.Fprintf(&b, "... and %d more: leadctl leads review --form %s\n", len(queue)-maxListed, f.ID)
			break
		}
		waiting := now.Sub(l.ReceivedAt).Round(time.Hour)
		fmt.Fprintf(&b, "%s  received %s (waiting %s)  junk score %d\n    %s\n",
			l.ID, l.ReceivedAt.UTC().Format("2006-01-02 15:04 UTC"), waiting, l.Screening.Score, Reasons(l.Screening.Reasons, topReasons))
	}
	b.WriteString("\nDecide with: leadctl leads decide ID --verdict qualified|nurture|junk [--note TEXT]\n")
	return mail.Message{
		Subject: fmt.Sprintf("%d %s held for review on %s", len(queue), noun, name),
		Text:    b.String(),
		Date:    now,
	}
}

// Reasons renders the n reasons with the most points as "code (+points)",
// strongest first, and says when a weak sign alone held the lead.
func Reasons(rs []lead.Reason, n int) string {
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, func(a, b lead.Reason) int { return b.Points - a.Points })
	var parts []string
	for _, r := range rs {
		if len(parts) == n || r.Points <= 0 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s (+%d)", r.Code, r.Points))
	}
	if len(parts) == 0 {
		parts = append(parts, "-")
	}
	if slices.ContainsFunc(rs, func(r lead.Reason) bool { return r.Code == lead.ReasonUncorroborated }) {
		parts = append(parts, "held: a weak sign alone")
	}
	return strings.Join(parts, ", ")
}
