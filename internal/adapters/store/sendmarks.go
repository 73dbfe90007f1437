package store

import (
	"context"
	"fmt"
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
