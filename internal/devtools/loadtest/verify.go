package loadtest

import (
	"context"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
)

// leadsTable is the leads table's name: the devserver names tables by
// their logical id in template.yaml.
const leadsTable = "LeadsTable"

// storedLead is the part of a stored lead the checks read. It is decoded
// from the items' attributes by name, not through the store package, so
// the harness sees the table as an operator would: a lead is an item (sk
// LEAD: id in pk, address in gsi1pk, verdict, hand-off, due time), its
// body at times kept in an item of its own (sk BODY#...).
type storedLead struct {
	ID      string
	Email   string
	Verdict string
	Handoff *struct {
		State string `json:"state"`
	}
	// DueAt is set while the lead has work due (the dueWork index).
	DueAt      string
	ReceivedAt time.Time
}

// leadItem is what the scan reads of a lead's item.
type leadItem struct {
	PK         string    `json:"pk"`
	SK         string    `json:"sk"`
	Email      string    `json:"gsi1pk"`
	Verdict    string    `json:"verdict"`
	ReceivedAt time.Time `json:"received_at"`
	Handoff    *struct {
		State string `json:"state"`
	} `json:"handoff"`
	DueAt string `json:"due_at"`
}

// snapshot is the system's state as read from outside.
type snapshot struct {
	leads  []storedLead
	emails []devstack.Email
	// marked holds the ids of leads whose sales e-mail SES's Send event
	// marked (item SENT#<id>, sk handoff, written by the SES events
	// function).
	marked map[string]bool
	at     time.Time
}

// observe scans the leads table and reads the SES stand-in's store.
func observe(ctx context.Context, db *dynamodb.Client, st *devstack.Stack) (*snapshot, error) {
	snap := &snapshot{at: time.Now(), marked: map[string]bool{}}
	in := &dynamodb.ScanInput{
		TableName:            aws.String(leadsTable),
		ConsistentRead:       aws.Bool(true),
		FilterExpression:     aws.String("begins_with(pk, :lead) OR begins_with(pk, :sent)"),
		ProjectionExpression: aws.String("pk, sk, gsi1pk, verdict, handoff, due_at, received_at"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":lead": &types.AttributeValueMemberS{Value: "LEAD#"},
			":sent": &types.AttributeValueMemberS{Value: "SENT#"},
		},
	}
	byPK := map[string]*storedLead{}
	var order []string
	for {
		out, err := db.Scan(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("loadtest: scan %s: %w", leadsTable, err)
		}
		for _, item := range out.Items {
			var it leadItem
			if err := attributevalue.UnmarshalMapWithOptions(item, &it, func(o *attributevalue.DecoderOptions) { o.TagKey = "json" }); err != nil {
				return nil, fmt.Errorf("loadtest: decode lead: %w", err)
			}
			if id, ok := strings.CutPrefix(it.PK, "SENT#"); ok {
				if it.SK == "handoff" {
					snap.marked[id] = true
				}
				continue
			}
			l := byPK[it.PK]
			if l == nil {
				l = &storedLead{ID: strings.TrimPrefix(it.PK, "LEAD#")}
				byPK[it.PK] = l
				order = append(order, it.PK)
			}
			if it.SK == "LEAD" {
				// A lead's item holds its follow-up too (a body too big
				// to share it has an item of its own, sk BODY#...).
				l.Email, l.Verdict, l.ReceivedAt = strings.TrimPrefix(it.Email, "EMAIL#"), it.Verdict, it.ReceivedAt
				l.Handoff, l.DueAt = it.Handoff, it.DueAt
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			break
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
	for _, pk := range order {
		if l := byPK[pk]; l.Verdict != "" {
			snap.leads = append(snap.leads, *l)
		}
	}
	emails, err := st.Emails(ctx)
	if err != nil {
		return nil, err
	}
	snap.emails = emails
	return snap, nil
}

// leadIDLine finds the lead id in a sales notification ("Lead ID  <id>").
var leadIDLine = regexp.MustCompile(`Lead ID\s+([A-Za-z0-9_-]+)`)

// mailKind sorts the stand-in's mail: a sales notification names the lead
// id in its body and goes to a sales person; mail to one of the run's
// addresses is a nurture step (or any other mail to the lead).
type sortedMail struct {
	// sales maps a lead id to its sales notifications.
	sales map[string][]devstack.Email
	// toLead maps a lead's address to the mail it received.
	toLead map[string][]devstack.Email
}

func sortMail(emails []devstack.Email, ours map[string]*Submission) sortedMail {
	m := sortedMail{sales: map[string][]devstack.Email{}, toLead: map[string][]devstack.Email{}}
	for _, e := range emails {
		lead := ""
		for _, to := range e.To {
			if a := address(to); ours[a] != nil {
				lead = a
			}
		}
		if lead != "" {
			m.toLead[lead] = append(m.toLead[lead], e)
			continue
		}
		body := e.Text
		if body == "" {
			body = e.HTML
		}
		if id := leadIDLine.FindStringSubmatch(body); id != nil {
			m.sales[id[1]] = append(m.sales[id[1]], e)
		}
	}
	return m
}

// address returns the bare, lower-case address of "Name <a@b>" or "a@b".
func address(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// settled reports whether the system has nothing left to do for the run's
// leads: every accepted qualified lead has a sales notification, no
// hand-off is pending and no work is due now.
func settled(snap *snapshot, subs []*Submission, ours map[string]*Submission) (bool, string) {
	mail := sortMail(snap.emails, ours)
	waiting := 0
	for _, s := range subs {
		if s.Class == Qualified && s.Result.Status == 201 && len(mail.sales[s.Result.ID]) == 0 {
			waiting++
		}
	}
	pending, due := 0, 0
	now := snap.at.UTC().Format("2006-01-02T15:04:05.000Z")
	for _, l := range snap.leads {
		if ours[strings.ToLower(l.Email)] == nil {
			continue
		}
		if l.Handoff != nil && l.Handoff.State == "pending" {
			pending++
		}
		if l.DueAt != "" && l.DueAt <= now {
			due++
		}
	}
	return waiting == 0 && pending == 0 && due == 0,
		fmt.Sprintf("%d qualified leads without a sales e-mail, %d hand-offs pending, %d leads with work due", waiting, pending, due)
}
