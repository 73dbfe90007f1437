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

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/app/liveconfig"
	"github.com/leadsieve/leadsieve/internal/app/sales"
	"github.com/leadsieve/leadsieve/internal/app/sequences"
	"github.com/leadsieve/leadsieve/internal/app/signing"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/versions"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/delivery/reviewdigest"
)

// ScheduledHandler runs one scheduled invocation as if at now.
type ScheduledHandler func(ctx context.Context, now time.Time) error

// New builds the dispatcher function's handler, which runs one pass as if
// at the given time, with the routing, forms and sequences live at its
// start (looked up at most once a refresh interval).
func New(ctx context.Context, getenv func(string) string) (ScheduledHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	live, err := follow(ctx, b, getenv)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, now time.Time) error {
		s, err := live.get(ctx)
		if err != nil {
			return err
		}
		st, err := s.dispatcher.Pass(ctx, now.UTC())
		if st.Leads > 0 || err != nil {
			b.Log.Info("dispatcher pass", "stats", st, "err", err)
		}
		// A digest that fails is logged, not retried: the next day's
		// lists the same leads if they still wait.
		if n, derr := s.digest.Run(ctx, now.UTC()); n > 0 || derr != nil {
			b.Log.Info("review digest", "sent", n, "err", derr)
		}
		rollUpReports(ctx, b, s.forms)
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

// NewDispatcher builds the dispatcher of the configuration live now, read
// through getenv (for leadctl, which runs passes and renders steps itself).
func NewDispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	live, err := follow(ctx, b, getenv)
	if err != nil {
		return nil, err
	}
	s, err := live.get(ctx)
	if err != nil {
		return nil, err
	}
	return s.dispatcher, nil
}

// setup is a dispatcher, the review digest and the forms both were built
// with.
type setup struct {
	dispatcher *dispatch.Dispatcher
	digest     *reviewdigest.Digest
	forms      *forms.Set
}

// liveDispatcher is the dispatcher of the live routing and forms versions,
// built again when either changes (its send-rate limiter and the digest's
// memory of the day's markers then start afresh); the nurture catalog is
// looked up by the dispatcher at every pass, and follows the live
// sequences version by itself.
type liveDispatcher struct {
	store  *store.Store
	sales  *sales.Live
	build  func(*sales.Setup) *dispatch.Dispatcher
	setups versions.Rebuilt[*setup]
}

func (l *liveDispatcher) get(ctx context.Context) (*setup, error) {
	s, err := l.sales.Get(ctx)
	if err != nil {
		return nil, err
	}
	return l.setups.Get(s.Versions, func() (*setup, error) {
		d := l.build(s)
		return &setup{dispatcher: d, forms: s.Forms,
			digest: &reviewdigest.Digest{Leads: l.store, Marker: l.store.Counters(), Mail: d.Mail,
				From: d.Handoff.From, Forms: s.Forms, Log: d.Log}}, nil
	})
}

func follow(ctx context.Context, b *boot.Base, getenv func(string) string) (*liveDispatcher, error) {
	secret, err := signing.Secret(ctx, b)
	if err != nil {
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
	catalog := sequences.Watch(b).Value
	return &liveDispatcher{
		store: b.Store,
		sales: sales.Follow(b, liveconfig.Forms(b), getenv, secret),
		build: func(s *sales.Setup) *dispatch.Dispatcher {
			return &dispatch.Dispatcher{
				Store: b.Store, Handoff: s.Notifier, Catalog: catalog, Mail: s.Notifier.Mail, Unsub: signer,
				BaseURL: set.PublicBaseURL, UnsubMailto: strings.TrimPrefix(set.UnsubMailto, "mailto:"),
				PostalAddress: set.PostalAddress, Rate: set.SendRate, Log: b.Log,
			}
		},
		setups: versions.Rebuilt[*setup]{What: "dispatcher", Log: b.Log},
	}, nil
}

func isLoopback(h string) bool { return h == "127.0.0.1" || h == "localhost" || h == "::1" }

// ParseSequenceFiles parses stored sequence files (name -> YAML).
func ParseSequenceFiles(files map[string]string) ([]*nurture.Sequence, error) {
	return sequences.ParseFiles(files)
}
