// Package sesevents turns Amazon SES send, bounce, complaint and delivery
// notifications (as published to SNS, either by identity notifications with
// "notificationType" or by configuration-set event publishing with
// "eventType") into one flat Event per recipient, and decides which events
// must suppress an address.
//
// It also names the message tags leadsieve puts on every e-mail about a
// lead (TagLead, TagEmail): SES copies them into the Send event it
// publishes for each message it accepts, and that event is the only
// record of an acceptance whose answer the sender never got. Tags (below)
// builds them; Event.LeadID and Event.What read them back.
//
// The caller passes the SNS record's Message string; this package knows
// nothing about Lambda or SNS envelopes. Unknown JSON fields are ignored.
package sesevents

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Type is the kind of an event.
type Type string

// Event types this package reports.
const (
	Bounce    Type = "Bounce"
	Complaint Type = "Complaint"
	Delivery  Type = "Delivery"
	// Send is SES's word that it accepted a message (configuration-set
	// event publishing only); it reports one Event per destination.
	Send Type = "Send"
)

// Message tags on every e-mail about a lead. SES allows letters, digits,
// "_" and "-" in tag names and values (Tag sanitises a value).
const (
	// TagLead carries the lead's id.
	TagLead = "leadsieve-lead"
	// TagEmail says which e-mail about the lead it is: EmailHandoff, or
	// a nurture step (EmailStep).
	TagEmail = "leadsieve-email"
	// EmailHandoff is TagEmail's value on the sales hand-off.
	EmailHandoff = "handoff"
)

// EmailStep is TagEmail's value on step (counted from 0) of nurture
// sequence seq.
func EmailStep(seq string, step int) string {
	return Tag("step-" + strconv.Itoa(step) + "-" + seq)
}

// Tag makes s a valid SES tag value: characters other than ASCII letters,
// digits, "_" and "-" become "_", and it is cut to 256 bytes.
func Tag(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			b[i] = '_'
		}
	}
	if len(b) > 256 {
		b = b[:256]
	}
	return string(b)
}

// Sentinel errors.
var (
	ErrMalformed   = errors.New("sesevent: malformed notification")
	ErrUnknownType = errors.New("sesevent: unknown notification type")
)

// ignored are SES notification and event types that carry nothing about
// deliverability; Parse returns no events and no error for them.
var ignored = map[string]bool{
	"AmazonSnsSubscriptionSucceeded": true,
	"Reject":                         true,
	"Open":                           true,
	"Click":                          true,
	"Rendering Failure":              true,
	"RenderingFailure":               true,
	"DeliveryDelay":                  true,
	"Subscription":                   true,
}

// Event is one recipient's outcome.
type Event struct {
	Type Type
	// Email is the recipient address, lower-cased, without display name.
	Email string
	// Permanent is true for hard bounces (bounceType Permanent).
	Permanent bool
	// BounceType is SES's bounceType: Permanent, Transient or Undetermined.
	BounceType string
	// SubType is the bounceSubType for bounces ("General", "NoEmail",
	// "Suppressed", ...) or the complaintFeedbackType for complaints
	// ("abuse", ...; empty when the provider sent none).
	SubType string
	// Status and Diagnostic are the DSN status ("5.1.1") and the remote
	// server's diagnostic, when present (bounces only).
	Status     string
	Diagnostic string
	// At is when the bounce, complaint or delivery happened, falling back to
	// the send time.
	At time.Time
	// Sent is when SES accepted the original e-mail (zero when the
	// notification does not say).
	Sent time.Time
	// MessageID is the SES message ID of the original email.
	MessageID string
	// FeedbackID is the SES feedback ID (bounces and complaints).
	FeedbackID string
	// LeadID and What are the message's TagLead and TagEmail, when it
	// carried them ("" otherwise).
	LeadID string
	What   string
}

// Suppress reports whether the address must never be emailed again: hard
// bounces and complaints. Transient and undetermined bounces and deliveries
// do not suppress.
func Suppress(e Event) bool {
	switch e.Type {
	case Bounce:
		return e.Permanent
	case Complaint:
		return true
	}
	return false
}

type recipient struct {
	EmailAddress   string `json:"emailAddress"`
	Action         string `json:"action"`
	Status         string `json:"status"`
	DiagnosticCode string `json:"diagnosticCode"`
}

type notification struct {
	NotificationType string `json:"notificationType"`
	EventType        string `json:"eventType"`
	Bounce           *struct {
		BounceType        string      `json:"bounceType"`
		BounceSubType     string      `json:"bounceSubType"`
		BouncedRecipients []recipient `json:"bouncedRecipients"`
		Timestamp         string      `json:"timestamp"`
		FeedbackID        string      `json:"feedbackId"`
	} `json:"bounce"`
	Complaint *struct {
		ComplainedRecipients  []recipient `json:"complainedRecipients"`
		ComplaintFeedbackType string      `json:"complaintFeedbackType"`
		Timestamp             string      `json:"timestamp"`
		FeedbackID            string      `json:"feedbackId"`
	} `json:"complaint"`
	Delivery *struct {
		Recipients []string `json:"recipients"`
		Timestamp  string   `json:"timestamp"`
	} `json:"delivery"`
	Mail struct {
		MessageID   string   `json:"messageId"`
		Timestamp   string   `json:"timestamp"`
		Source      string   `json:"source"`
		Destination []string `json:"destination"`
		// Tags are the message tags (event publishing only), each with
		// its values.
		Tags map[string][]string `json:"tags"`
	} `json:"mail"`
}

// Parse decodes one SES notification (an SNS Message) into one Event per
// recipient. Types without deliverability meaning (Open, Click, the
// subscription confirmation...) yield no events and no error; an unknown
// type yields ErrUnknownType and broken JSON or a notification without its
// body or recipients yields ErrMalformed.
func Parse(msg string) ([]Event, error) {
	var n notification
	if err := json.Unmarshal([]byte(msg), &n); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	typ := n.NotificationType
	if typ == "" {
		typ = n.EventType
	}
	if ignored[typ] {
		return nil, nil
	}
	sent := parseTime(n.Mail.Timestamp, time.Time{})
	base := Event{Sent: sent, MessageID: n.Mail.MessageID, LeadID: firstTag(n.Mail.Tags, TagLead), What: firstTag(n.Mail.Tags, TagEmail)}
	var out []Event
	switch Type(typ) {
	case Bounce:
		b := n.Bounce
		if b == nil {
			return nil, fmt.Errorf("%w: bounce without a bounce object", ErrMalformed)
		}
		base.Type = Bounce
		base.BounceType = b.BounceType
		base.Permanent = b.BounceType == "Permanent"
		base.SubType = b.BounceSubType
		base.FeedbackID = b.FeedbackID
		base.At = parseTime(b.Timestamp, sent)
		for _, r := range b.BouncedRecipients {
			e := base
			e.Email = address(r.EmailAddress)
			e.Status, e.Diagnostic = r.Status, r.DiagnosticCode
			if e.Email != "" {
				out = append(out, e)
			}
		}
	case Complaint:
		c := n.Complaint
		if c == nil {
			return nil, fmt.Errorf("%w: complaint without a complaint object", ErrMalformed)
		}
		base.Type = Complaint
		base.SubType = c.ComplaintFeedbackType
		base.FeedbackID = c.FeedbackID
		base.At = parseTime(c.Timestamp, sent)
		for _, r := range c.ComplainedRecipients {
			e := base
			e.Email = address(r.EmailAddress)
			if e.Email != "" {
				out = append(out, e)
			}
		}
	case Delivery:
		d := n.Delivery
		if d == nil {
			return nil, fmt.Errorf("%w: delivery without a delivery object", ErrMalformed)
		}
		base.Type = Delivery
		base.At = parseTime(d.Timestamp, sent)
		for _, r := range d.Recipients {
			e := base
			e.Email = address(r)
			if e.Email != "" {
				out = append(out, e)
			}
		}
	case Send:
		base.Type = Send
		base.At = sent
		for _, r := range n.Mail.Destination {
			e := base
			e.Email = address(r)
			if e.Email != "" {
				out = append(out, e)
			}
		}
	case "":
		return nil, fmt.Errorf("%w: no notificationType or eventType", ErrMalformed)
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownType, typ)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s without recipients", ErrMalformed, typ)
	}
	return out, nil
}

// addressLike matches anything shaped like an e-mail address, with or
// without angle brackets: remote servers quote the recipient in their
// diagnostics, in whatever spelling they received it. It is compiled at
// its first use: the dispatcher and the hand-off link this package for its
// tags and never redact (30 k instructions at each of their cold starts).
var addressLike = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<?[^\s<>;,:"'()\[\]]+@[^\s<>;,:"'()\[\]]+>?`)
})

// Redact returns diag with every address in it replaced by "<address>",
// so that a bounce's diagnostic can be kept where no personal data may be.
func Redact(diag string) string {
	return addressLike().ReplaceAllString(diag, "<address>")
}

// address extracts and lower-cases the bare address from s, which SES
// usually sends bare but may send with a display name.
func address(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if a, err := mail.ParseAddress(s); err == nil {
		s = a.Address
	}
	return strings.ToLower(s)
}

func firstTag(tags map[string][]string, name string) string {
	if v := tags[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func parseTime(s string, fallback time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC()
	}
	return fallback
}
