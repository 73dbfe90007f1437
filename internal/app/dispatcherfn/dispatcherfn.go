// Package dispatcherfn wires the dispatcher function: every minute it
// retries due sales hand-offs, sends due nurture steps and rolls the leads
// stored since up into the report aggregates, and once a day it e-mails
// each form's reviewers the leads held for review. It builds the
// sales notifier, the nurture sequence catalog, the unsubscribe link signer
// and the review digest, and no screening: the dispatcher never judges a
// lead.
package dispatcherfn

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/sales"
	"github.com/leadsieve/leadsieve/internal/app/sequences"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/delivery/reviewdigest"
)

// ScheduledHandler runs one scheduled invocation as if at now.
type ScheduledHandler func(ctx context.Context, now time.Time) error

// New builds the dispatcher function's handler, which runs one pass as if
// at the given time.
func New(ctx context.Context, getenv func(string) string) (ScheduledHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	disp, err := build(ctx, b, getenv)
	if err != nil {
		return nil, err
	}
	digest := &reviewdigest.Digest{Leads: b.Store, Marker: b.Store.Counters(), Mail: disp.Mail,
		From: disp.Handoff.From, Forms: disp.Handoff.Forms, Log: b.Log}
	return func(ctx context.Context, now time.Time) error {
		st, err := disp.Pass(ctx, now.UTC())
		if st.Leads > 0 || err != nil {
			b.Log.Info("dispatcher pass", "stats", st, "err", err)
		}
		// A digest that fails is logged, not retried: the next day's
		// lists the same leads if they still wait.
		if n, derr := digest.Run(ctx, now.UTC()); n > 0 || derr != nil {
			b.Log.Info("review digest", "sent", n, "err", derr)
		}
		rollUpReports(ctx, b, disp.Handoff.Forms)
		return err
	}, nil
}

// ReportSettle is how old a lead must be before the reports count it: by
// then it is stored and its sales hand-off sent (or retried).
const ReportSettle = 5 * time.Minute

// rollUpReports adds each form's leads stored since the last pass to the
// report aggregates (store.RollUp: about one write a form and pass,
// whatever the number of leads). By the wall clock, not the pass's time:
// a lead counts once it has settled. Failures are logged: the next pass
// goes on from the same mark.
func rollUpReports(ctx context.Context, b *boot.Base, fs *forms.Set) {
	until := b.Now().Add(-ReportSettle)
	for _, id := range fs.IDs() {
		if n, err := b.Store.RollUp(ctx, id, until); n > 0 || (err != nil && !errors.Is(err, store.ErrConflict)) {
			b.Log.Info("report roll-up", "form_id", id, "leads", n, "err", err)
		}
	}
}

// NewDispatcher builds the dispatcher from the configuration read through
// getenv (for leadctl, which runs passes and renders steps itself).
func NewDispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	return build(ctx, b, getenv)
}

func build(ctx context.Context, b *boot.Base, getenv func(string) string) (*dispatch.Dispatcher, error) {
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	secret, err := signing.Secret(ctx, b)
	if err != nil {
		return nil, err
	}
	n, err := sales.Notifier(b, fs, getenv)
	if err != nil {
		return nil, err
	}
	if err := sales.WithOutcomeLinks(n, b, secret); err != nil {
		return nil, err
	}
	signer, err := unsubscribe.NewSigner(secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	set := b.Settings
	// Deployed (the secret comes from Secrets Manager), links must be
	// public https; plain http to a loopback host is for local runs only.
	if u, _ := url.Parse(set.PublicBaseURL); u != nil && u.Scheme != "https" &&
		(!isLoopback(u.Hostname()) || len(set.SigningSecret) == 0) {
		return nil, fmt.Errorf("app: PUBLIC_BASE_URL %q must be the API's public https URL (template parameter PublicBaseUrl)", set.PublicBaseURL)
	}
	return &dispatch.Dispatcher{
		Store: b.Store, Handoff: n, Catalog: SequenceCatalog(b.Store), Mail: n.Mail, Unsub: signer,
		BaseURL: set.PublicBaseURL, UnsubMailto: strings.TrimPrefix(set.UnsubMailto, "mailto:"),
		PostalAddress: set.PostalAddress, Rate: set.SendRate, Log: b.Log,
	}, nil
}

func isLoopback(h string) bool { return h == "127.0.0.1" || h == "localhost" || h == "::1" }

// SequenceCatalog returns the sequences applied with `leadctl sequences
// apply`, or the embedded config/sequences when none were applied, looked
// up every pass (package sequences).
func SequenceCatalog(st *store.Store) dispatch.Catalog { return sequences.Catalog(st, 0) }

// ParseSequenceFiles parses stored sequence files (name -> YAML).
func ParseSequenceFiles(files map[string]string) ([]*nurture.Sequence, error) {
	return sequences.ParseFiles(files)
}
