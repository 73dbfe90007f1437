// Package seseventsfn wires the SES events function: it reads SES
// notifications from SNS, suppresses hard bounces and complaints and stops
// the enrollments of those addresses, and records a send mark for every
// accepted e-mail tagged with a lead (sesevents.TagLead), which a sender
// that never got SES's answer reads before sending again, and on the same
// mark the e-mail's delivery, bounce or complaint, which the console's
// lead page shows. It needs the
// store alone: no secret, no screening, no delivery.
package seseventsfn

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/boot"
	"github.com/leadsieve/leadsieve/internal/compliance/sesevents"
)

// SNSHandler handles one SNS event.
type SNSHandler func(ctx context.Context, ev events.SNSEvent) error

// New builds the SES events function's handler. Malformed notifications
// are logged and skipped; a storage failure fails the invocation so
// SNS/Lambda retries it (suppression is idempotent).
func New(ctx context.Context, getenv func(string) string) (SNSHandler, error) {
	b, err := boot.Load(ctx, getenv)
	if err != nil {
		return nil, err
	}
	st, log := b.Store, b.Log
	return func(ctx context.Context, ev events.SNSEvent) error {
		for _, rec := range ev.Records {
			evs, err := sesevents.Parse(rec.SNS.Message)
			if err != nil {
				log.Warn("unusable SES notification skipped", "sns_message_id", rec.SNS.MessageID, "err", err)
				continue
			}
			for _, e := range evs {
				if e.Type == sesevents.Send {
					if e.LeadID == "" || e.What == "" {
						continue // not an e-mail about a lead
					}
					at := e.At
					if at.IsZero() {
						at = time.Now().UTC()
					}
					if err := st.MarkSent(ctx, store.SendMark{LeadID: e.LeadID, What: e.What, MessageID: e.MessageID, At: at}); err != nil {
						return err
					}
					log.Debug("send marked", "lead", e.LeadID, "email", e.What, "message_id", e.MessageID)
					continue
				}
				if err := record(ctx, st, e); err != nil {
					return err
				}
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

// kinds maps the events recorded on a send mark to the store's words.
var kinds = map[sesevents.Type]store.MailEventKind{
	sesevents.Delivery:  store.MailDelivered,
	sesevents.Bounce:    store.MailBounced,
	sesevents.Complaint: store.MailComplained,
}

// record keeps e on its e-mail's send mark when the e-mail was about a
// lead. The mark holds no address: the diagnostic loses any it quotes.
func record(ctx context.Context, st *store.Store, e sesevents.Event) error {
	kind, ok := kinds[e.Type]
	if !ok || e.LeadID == "" || e.What == "" {
		return nil
	}
	at := e.At
	if at.IsZero() {
		at = time.Now().UTC()
	}
	return st.RecordMailEvent(ctx, store.MailEvent{LeadID: e.LeadID, What: e.What, MessageID: e.MessageID, Kind: kind,
		At: at, SentAt: e.Sent, BounceType: e.BounceType, SubType: e.SubType, Status: e.Status, Diagnostic: sesevents.Redact(e.Diagnostic)})
}
