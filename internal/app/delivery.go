package app

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/dispatch"
	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
	"github.com/leadsieve/leadsieve/internal/delivery/mail"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
	"github.com/leadsieve/leadsieve/internal/delivery/webhook"
	"github.com/leadsieve/leadsieve/internal/intake"
)

// ScheduledHandler runs one scheduled invocation as if at now.
type ScheduledHandler func(ctx context.Context, now time.Time) error

// SNSHandler handles one SNS event.
type SNSHandler func(ctx context.Context, ev events.SNSEvent) error

// notifier builds the sales hand-off from the embedded routing rules.
func (d *deps) notifier(getenv func(string) string) (*handoff.Notifier, error) {
	rules, err := assign.Parse("routing.yaml", config.Routing())
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	return &handoff.Notifier{
		Mail: ses.NewFromConfig(d.aws), Rules: rules, Rotator: d.store.Rotator(),
		From:       mail.Address{Name: "leadsieve", Address: d.set.SenderEmail},
		DefaultTo:  mail.Address{Address: d.set.SalesEmail},
		ConsoleURL: d.set.ConsoleURL, Forms: d.forms, Webhook: &webhook.Sender{}, Getenv: getenv,
		Log: d.log,
	}, nil
}

// router is intake's immediate sales hand-off.
func (d *deps) router(getenv func(string) string) (intake.Router, error) {
	n, err := d.notifier(getenv)
	if err != nil {
		return nil, err
	}
	return &handoff.Immediate{Store: d.store, Notifier: n, Now: d.now, Budget: 5 * time.Second}, nil
}

// unsubSigner makes the unsubscribe token signer from the signing secret.
func (d *deps) unsubSigner(ctx context.Context) (*unsubscribe.Signer, error) {
	s, err := unsubscribe.NewSigner(d.secret)
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	return s, nil
}

// SequenceCatalog returns the sequences applied with `leadctl sequences
// apply`, or the embedded config/sequences when none were applied. Parsed
// catalogs are cached by applied version.
func SequenceCatalog(st *store.Store) dispatch.Catalog {
	var (
		mu      sync.Mutex
		version int64 = -1
		cached  *nurture.Catalog
	)
	return func(ctx context.Context) (*nurture.Catalog, error) {
		set, err := st.CurrentSequences(ctx)
		if err != nil {
			return nil, err
		}
		v := int64(0)
		if set != nil {
			v = set.Version
		}
		mu.Lock()
		defer mu.Unlock()
		if cached != nil && v == version {
			return cached, nil
		}
		var seqs []*nurture.Sequence
		if set == nil {
			seqs, err = nurture.LoadFS(config.Sequences())
		} else {
			seqs, err = ParseSequenceFiles(set.Files)
		}
		if err != nil {
			return nil, err
		}
		cat, err := nurture.NewCatalog(seqs, nurture.DefaultSegments)
		if err != nil {
			return nil, err
		}
		cached, version = cat, v
		return cat, nil
	}
}

// ParseSequenceFiles parses stored sequence files (name -> YAML).
func ParseSequenceFiles(files map[string]string) ([]*nurture.Sequence, error) {
	var seqs []*nurture.Sequence
	var errs []error
	for name, data := range files {
		s, err := nurture.Parse(name, []byte(data))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		seqs = append(seqs, s)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("app: stored sequences: %v", errs)
	}
	return seqs, nil
}

// dispatcher builds the dispatcher of this deployment.
func (d *deps) dispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	n, err := d.notifier(getenv)
	if err != nil {
		return nil, err
	}
	signer, err := d.unsubSigner(ctx)
	if err != nil {
		return nil, err
	}
	// Deployed (the secret comes from Secrets Manager), links must be
	// public https; plain http to a loopback host is for local runs only.
	if u, _ := url.Parse(d.set.PublicBaseURL); u != nil && u.Scheme != "https" &&
		(!isLoopback(u.Hostname()) || len(d.set.SigningSecret) == 0) {
		return nil, fmt.Errorf("app: PUBLIC_BASE_URL %q must be the API's public https URL (template parameter PublicBaseUrl)", d.set.PublicBaseURL)
	}
	return &dispatch.Dispatcher{
		Store: d.store, Handoff: n, Catalog: SequenceCatalog(d.store), Mail: n.Mail, Unsub: signer,
		BaseURL: d.set.PublicBaseURL, UnsubMailto: strings.TrimPrefix(d.set.UnsubMailto, "mailto:"),
		PostalAddress: d.set.PostalAddress, Rate: d.set.SendRate, Log: d.log,
	}, nil
}

func isLoopback(h string) bool { return h == "127.0.0.1" || h == "localhost" || h == "::1" }

// NewDispatcher builds the dispatcher from the configuration read through
// getenv (for leadctl, which runs passes and renders steps itself).
func NewDispatcher(ctx context.Context, getenv func(string) string) (*dispatch.Dispatcher, error) {
	d, err := newDeps(ctx, getenv)
	if err != nil {
		return nil, err
	}
	return d.dispatcher(ctx, getenv)
}

// NewScheduledHandler builds the handler of a Schedule-triggered function:
// the dispatcher, which runs one pass as if at the given time.
func NewScheduledHandler(ctx context.Context, logicalID string, getenv func(string) string) (func(ctx context.Context, now time.Time) error, error) {
	if logicalID != settings.Dispatcher {
		return nil, fmt.Errorf("app: no scheduled function %q", logicalID)
	}
	d, err := newDeps(ctx, getenv)
	if err != nil {
		return nil, err
	}
	disp, err := d.dispatcher(ctx, getenv)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, now time.Time) error {
		st, err := disp.Pass(ctx, now.UTC())
		if st.Leads > 0 || err != nil {
			d.log.Info("dispatcher pass", "stats", st, "err", err)
		}
		return err
	}, nil
}

// unsubscribeHandler serves GET and POST /u/{token}.
func (d *deps) unsubscribeHandler(ctx context.Context) (HTTPHandler, error) {
	signer, err := d.unsubSigner(ctx)
	if err != nil {
		return nil, err
	}
	svc := &unsubscribe.Service{Signer: signer, Store: d.store, Now: d.now, Log: d.log}
	return func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		var r unsubscribe.Response
		switch req.RequestContext.HTTP.Method {
		case "GET", "HEAD":
			r = svc.Confirm()
		case "POST":
			// RFC 8058: the body is List-Unsubscribe=One-Click (form-encoded
			// or multipart); the token alone authorises the request, so the
			// body is not needed to act and is not parsed.
			r = svc.Unsubscribe(ctx, req.PathParameters["token"])
		default:
			return events.APIGatewayV2HTTPResponse{StatusCode: 405, Headers: map[string]string{"Allow": "GET, POST", "Content-Type": "text/plain; charset=utf-8"}, Body: "method not allowed\n"}, nil
		}
		return events.APIGatewayV2HTTPResponse{StatusCode: r.Status, Headers: r.Headers, Body: r.Body}, nil
	}, nil
}

// NewSNSHandler builds the handler of an SNS-triggered function: the SES
// notifications function, which suppresses hard bounces and complaints and
// stops the enrollments of those addresses. Malformed notifications are
// logged and skipped; a storage failure fails the invocation so SNS/Lambda
// retries it (suppression is idempotent).
func NewSNSHandler(ctx context.Context, logicalID string, getenv func(string) string) (SNSHandler, error) {
	if logicalID != settings.SesEvents {
		return nil, fmt.Errorf("app: no SNS function %q", logicalID)
	}
	set, log, cfg, err := base(ctx, getenv)
	if err != nil {
		return nil, err
	}
	st := store.New(dynamodb.NewFromConfig(cfg), set.LeadsTable)
	return func(ctx context.Context, ev events.SNSEvent) error {
		for _, rec := range ev.Records {
			evs, err := sesevents.Parse(rec.SNS.Message)
			if err != nil {
				log.Warn("unusable SES notification skipped", "sns_message_id", rec.SNS.MessageID, "err", err)
				continue
			}
			for _, e := range evs {
				if !sesevents.Suppress(e) {
					log.Debug("SES event", "type", e.Type, "message_id", e.MessageID)
					continue
				}
				reason := "complaint"
				if e.Type == sesevents.Bounce {
					reason = "bounce"
				}
				at := e.At
				if at.IsZero() {
					at = time.Now().UTC()
				}
				if err := st.Suppress(ctx, e.Email, reason, at); err != nil {
					return err
				}
				n, err := st.StopEnrollments(ctx, e.Email, reason, time.Now().UTC())
				if err != nil {
					return err
				}
				log.Info("address suppressed", "reason", reason, "sub_type", e.SubType, "message_id", e.MessageID, "enrollments_stopped", n)
			}
		}
		return nil
	}, nil
}
