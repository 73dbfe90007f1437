package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Send marks: what SES accepted, as SES itself reported it. SES publishes a
// Send event for every message it accepts through the configuration set's
// event destination; the SES events function writes one item per tagged
// e-mail (pk SENT#<lead id>, sk <what: "handoff", a nurture step>) with
// SES's message id. A worker that does not know whether its send was
// accepted (SES gave no answer, or the outcome was never written) reads the
// mark before it sends again. The item is apart from the lead's own items
// so that writing it never races a worker's lease on them; it costs one
// write per e-mail and is read only when an outcome is unknown.

// SendMarkTTL is how long a send mark is kept: longer than any hand-off or
// nurture step is retried.
const SendMarkTTL = 90 * 24 * time.Hour

// SendMark is SES's word that it accepted the e-mail What about lead LeadID.
type SendMark struct {
	LeadID    string
	What      string
	MessageID string
	At        time.Time
}

func sendMarkPK(leadID string) string { return "SENT#" + leadID }

// MarkSent records that SES accepted the e-mail what about lead leadID as
// messageID at at. Marking again keeps the first mark: SES may publish an
// event more than once.
func (s *Store) MarkSent(ctx context.Context, m SendMark) error {
	if m.LeadID == "" || m.What == "" {
		return fmt.Errorf("store: send mark without a lead or a kind")
	}
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: &s.table,
		Item: map[string]types.AttributeValue{
			"pk": str(sendMarkPK(m.LeadID)), "sk": str(m.What),
			"message_id": str(m.MessageID), "at": str(m.At.UTC().Format(time.RFC3339Nano)),
			"ttl": num(m.At.Add(SendMarkTTL).Unix()),
		},
		ConditionExpression: aws.String("attribute_not_exists(pk)"),
	})
	if err != nil && !isConditionFailed(err) {
		return unavailable("record send mark", err)
	}
	return nil
}

// SentMark returns the mark SES left for the e-mail what about lead leadID,
// or nil when SES has reported no such e-mail (yet).
func (s *Store) SentMark(ctx context.Context, leadID, what string) (*SendMark, error) {
	out, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &s.table, Key: key(sendMarkPK(leadID), what), ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, unavailable("read send mark", err)
	}
	if len(out.Item) == 0 {
		return nil, nil
	}
	m := &SendMark{LeadID: leadID, What: what, MessageID: attrS(out.Item, "message_id")}
	m.At, _ = time.Parse(time.RFC3339Nano, attrS(out.Item, "at"))
	return m, nil
}

// What SES later says about a message lands on the same item: its
// delivery, its bounce or its complaint, each kept the first time it is
// reported (SES may publish an event twice). An event that overtakes the
// Send event (SNS does not keep order) creates the item with the message
// id and send time, so that the mark is there either way. The item holds
// no address: the lead id, which e-mail, SES's ids, times and the bounce's
// diagnostic with any address taken out by the caller.

// MailEventKind is what SES reported about a message after accepting it.
type MailEventKind string

// Kinds of MailEvent.
const (
	MailDelivered  MailEventKind = "delivery"
	MailBounced    MailEventKind = "bounce"
	MailComplained MailEventKind = "complaint"
)

// MailEvent is SES's report that the e-mail What about lead LeadID
// (message MessageID, accepted at SentAt) was delivered, bounced or
// complained about at At.
type MailEvent struct {
	LeadID    string
	What      string
	MessageID string
	Kind      MailEventKind
	At        time.Time
	SentAt    time.Time
	// Bounces: SES's bounce type and subtype, the DSN status and the
	// remote server's diagnostic (which must hold no address).
	// Complaints: SubType is the feedback type ("abuse", or empty).
	BounceType string
	SubType    string
	Status     string
	Diagnostic string
}

// EmailRecord is what is known of one e-mail about a lead: SES's
// acceptance and, once reported, its delivery, bounce or complaint.
type EmailRecord struct {
	What        string     `json:"what"`
	MessageID   string     `json:"message_id,omitempty"`
	SentAt      *time.Time `json:"sent_at,omitempty"`
	DeliveredAt *time.Time `json:"delivered_at,omitempty"`
	Bounce      *Bounce    `json:"bounce,omitempty"`
	Complaint   *Complaint `json:"complaint,omitempty"`
}

// Bounce is a message's first reported bounce.
type Bounce struct {
	Type       string    `json:"type"`
	SubType    string    `json:"sub_type,omitempty"`
	Status     string    `json:"status,omitempty"`
	Diagnostic string    `json:"diagnostic,omitempty"`
	At         time.Time `json:"at"`
}

// Complaint is a message's first reported complaint.
type Complaint struct {
	FeedbackType string    `json:"feedback_type,omitempty"`
	At           time.Time `json:"at"`
}

// maxEmailRecords bounds the read of a lead's e-mails: a hand-off and a
// nurture sequence's steps stay far below it.
const maxEmailRecords = 100

// RecordMailEvent records e on the send mark of its lead and e-mail,
// keeping what was recorded first.
func (s *Store) RecordMailEvent(ctx context.Context, e MailEvent) error {
	if e.LeadID == "" || e.What == "" {
		return fmt.Errorf("store: mail event without a lead or a kind")
	}
	sent := e.SentAt
	if sent.IsZero() {
		sent = e.At
	}
	names := map[string]string{"#at": "at", "#ttl": "ttl", "#mid": "message_id"}
	values := map[string]types.AttributeValue{
		":sent": str(sent.UTC().Format(time.RFC3339Nano)), ":ttl": num(sent.Add(SendMarkTTL).Unix()),
		":mid": str(e.MessageID),
	}
	when := str(e.At.UTC().Format(time.RFC3339Nano))
	set := []string{"#at = if_not_exists(#at, :sent)", "#ttl = if_not_exists(#ttl, :ttl)", "#mid = if_not_exists(#mid, :mid)"}
	first := func(attr, value string) {
		n, v := "#"+attr, ":"+attr
		names[n], values[v] = attr, str(value)
		set = append(set, n+" = if_not_exists("+n+", "+v+")")
	}
	switch e.Kind {
	case MailDelivered:
		first("delivered_at", e.At.UTC().Format(time.RFC3339Nano))
	case MailBounced:
		// One map so that the first bounce is kept whole.
		names["#b"] = "bounce"
		values[":b"] = &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{
			"type": str(e.BounceType), "sub_type": str(e.SubType), "status": str(e.Status),
			"diagnostic": str(e.Diagnostic), "at": when}}
		set = append(set, "#b = if_not_exists(#b, :b)")
	case MailComplained:
		names["#c"] = "complaint"
		values[":c"] = &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{
			"feedback_type": str(e.SubType), "at": when}}
		set = append(set, "#c = if_not_exists(#c, :c)")
	default:
		return fmt.Errorf("store: unknown mail event %q", e.Kind)
	}
	_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: &s.table, Key: key(sendMarkPK(e.LeadID), e.What),
		UpdateExpression:          aws.String("SET " + strings.Join(set, ", ")),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: values,
	})
	if err != nil {
		return unavailable("record mail event", err)
	}
	return nil
}

// SentEmails returns what is recorded of the e-mails about lead leadID,
// in the order of their kinds ("handoff", then the nurture steps).
func (s *Store) SentEmails(ctx context.Context, leadID string) ([]EmailRecord, error) {
	out, err := s.db.Query(ctx, &dynamodb.QueryInput{
		TableName:                 &s.table,
		KeyConditionExpression:    aws.String("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(sendMarkPK(leadID))},
		Limit:                     aws.Int32(maxEmailRecords),
	})
	if err != nil {
		return nil, unavailable("read e-mails", err)
	}
	recs := make([]EmailRecord, 0, len(out.Items))
	for _, it := range out.Items {
		r := EmailRecord{What: attrS(it, "sk"), MessageID: attrS(it, "message_id"),
			SentAt: timeAttr(attrS(it, "at")), DeliveredAt: timeAttr(attrS(it, "delivered_at"))}
		if m, ok := it["bounce"].(*types.AttributeValueMemberM); ok {
			r.Bounce = &Bounce{Type: attrS(m.Value, "type"), SubType: attrS(m.Value, "sub_type"),
				Status: attrS(m.Value, "status"), Diagnostic: attrS(m.Value, "diagnostic")}
			if at := timeAttr(attrS(m.Value, "at")); at != nil {
				r.Bounce.At = *at
			}
		}
		if m, ok := it["complaint"].(*types.AttributeValueMemberM); ok {
			r.Complaint = &Complaint{FeedbackType: attrS(m.Value, "feedback_type")}
			if at := timeAttr(attrS(m.Value, "at")); at != nil {
				r.Complaint.At = *at
			}
		}
		recs = append(recs, r)
	}
	return recs, nil
}

func timeAttr(s string) *time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil
	}
	return &t
}
