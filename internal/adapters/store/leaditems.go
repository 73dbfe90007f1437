package store

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// A lead is two items under one partition key, so that what changes often
// is written without what never does (DynamoDB bills a write by the size
// of the whole item, one unit per KB begun):
//
//   - the body (sk LEAD): what the lead is — fields, context, judgment,
//     history — as zlib-compressed JSON in the binary attribute body, with
//     the verdict and the time received in plain sight and the keys of the
//     byEmail and byFormTime indexes (the id is in pk, the address in
//     gsi1pk, the form in gsi2pk). Written when the lead
//     is stored, and again only when a person decides it (ReplaceLead).
//   - the state (sk STATE): its follow-up — hand-off, nurture enrollment,
//     updated_at, superseded_by, the lease and, while work is due, the keys
//     of the dueWork index. A few hundred bytes, so a lease, an intent, an
//     outcome or a step advance costs one write unit.
//
// GetLead reads both with one Query on the partition key.

const (
	leadSK  = "LEAD"
	stateSK = "STATE"
)

func leadPK(id string) string { return "LEAD#" + id }

// state is what the state item holds of a lead (besides keys, due time and
// lease).
type state struct {
	UpdatedAt    time.Time        `json:"updated_at"`
	SupersededBy string           `json:"superseded_by,omitempty"`
	Handoff      *lead.Handoff    `json:"handoff,omitempty"`
	Nurture      *lead.Enrollment `json:"nurture,omitempty"`
}

// bodyDict primes the compression of a body with the JSON a lead's body
// always has (member names, common values), which alone is a third of a
// compressed body. A zlib stream names its dictionary (by checksum), so
// this one must never change: bodies written with it are read with it. A
// better dictionary would be added beside it and chosen by that checksum.
var bodyDict = []byte(`{"fields":{"email":"","first_name":"","last_name":"","name":"","company":"","job_title":"","phone":"","country":"","company_size":"","industry":"","budget":"","timeline":"","message":"","website":"","consent":"","utm_source":"","utm_medium":"","utm_campaign":"","page_url":"","referrer":"","extra":{}},` +
	`"context":{"ip":"","user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36","accept_language":"en-US,en;q=0.9","origin":"https://","referer":"https://","received_at":"","elapsed_ms":0},` +
	`"verdict":"qualified","screening":{"verdict":"pass","junk_score":0,"reasons":[],"free_mail":true},` +
	`"fit":{"fit_score":0,"grade":"","segment":"","reasons":[{"code":"","points":0,"detail":"","stage":"fit"}],"qualifies":true,"near_miss":true},` +
	`"reasons":[{"code":"","points":0,"detail":"","stage":"screening"}],"rules_version":"sha256:","received_at":"","schema_version":1,"expires_at":"",` +
	`"history":[{"at":"","verdict":"nurture","junk_score":0,"fit_score":0,"rules_version":"sha256:","cause":"submitted"}],"previous_id":"","raw":{}}`)

// bodyOnly are the JSON members of a lead its body's JSON leaves out: the
// keys hold the id, the form and the e-mail address, an attribute of its
// own the time received, the state item the rest.
var bodyOnly = []string{"id", "form_id", "email", "received_at", "updated_at", "superseded_by", "handoff", "nurture"}

// bodyItem is the lead's body item. The byEmail and byFormTime indexes sort
// by pk: a lead id begins with the time it was received.
func bodyItem(l *lead.Lead) (map[string]types.AttributeValue, error) {
	js, err := json.Marshal(l)
	if err != nil {
		return nil, fmt.Errorf("store: marshal lead: %w", err)
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(js, &members); err != nil {
		return nil, fmt.Errorf("store: marshal lead: %w", err)
	}
	for _, name := range bodyOnly {
		delete(members, name)
	}
	if js, err = json.Marshal(members); err != nil {
		return nil, fmt.Errorf("store: marshal lead: %w", err)
	}
	var z bytes.Buffer
	zw, err := zlib.NewWriterLevelDict(&z, zlib.BestCompression, bodyDict)
	if err != nil {
		return nil, fmt.Errorf("store: compress lead: %w", err)
	}
	_, _ = zw.Write(js)
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("store: compress lead: %w", err)
	}
	item := map[string]types.AttributeValue{
		"pk": str(leadPK(l.ID)), "sk": str(leadSK),
		"body":   &types.AttributeValueMemberB{Value: z.Bytes()},
		"gsi2pk": str(formPK + l.FormID),
		// The verdict and the time received stay readable (and
		// filterable) without decoding.
		"verdict":     str(string(l.Verdict)),
		"received_at": str(l.ReceivedAt.UTC().Format(time.RFC3339Nano)),
	}
	if l.Email != "" {
		item["gsi1pk"] = str(emailPK + l.Email)
	}
	if l.ExpiresAt != nil {
		item["ttl"] = num(l.ExpiresAt.Unix())
	}
	return item, nil
}

// Partition key prefixes of the byEmail and byFormTime indexes.
const (
	emailPK = "EMAIL#"
	formPK  = "FORM#"
)

// stateItem is the lead's state item, on the dueWork index while work is
// due.
func stateItem(l *lead.Lead) (map[string]types.AttributeValue, error) {
	item, err := attributevalue.MarshalMapWithOptions(state{UpdatedAt: l.UpdatedAt, SupersededBy: l.SupersededBy, Handoff: l.Handoff, Nurture: l.Nurture}, marshalOpts)
	if err != nil {
		return nil, fmt.Errorf("store: marshal lead state: %w", err)
	}
	item["pk"] = str(leadPK(l.ID))
	item["sk"] = str(stateSK)
	if l.ExpiresAt != nil {
		item["ttl"] = num(l.ExpiresAt.Unix())
	}
	if due := l.DueAt(); due != nil {
		item["due_shard"] = str(DueShard(l.ID))
		item["due_at"] = str(FormatDue(*due))
	}
	return item, nil
}

// decodeBody reads a body item.
func decodeBody(item map[string]types.AttributeValue) (*lead.Lead, error) {
	b, ok := item["body"].(*types.AttributeValueMemberB)
	if !ok {
		return nil, fmt.Errorf("store: lead item without a body")
	}
	zr, err := zlib.NewReaderDict(bytes.NewReader(b.Value), bodyDict)
	if err != nil {
		return nil, fmt.Errorf("store: decompress lead: %w", err)
	}
	js, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("store: decompress lead: %w", err)
	}
	var l lead.Lead
	if err := json.Unmarshal(js, &l); err != nil {
		return nil, fmt.Errorf("store: decode lead: %w", err)
	}
	l.ID = strings.TrimPrefix(attrS(item, "pk"), "LEAD#")
	l.FormID = strings.TrimPrefix(attrS(item, "gsi2pk"), formPK)
	l.Email = strings.TrimPrefix(attrS(item, "gsi1pk"), emailPK)
	if l.ReceivedAt, err = time.Parse(time.RFC3339Nano, attrS(item, "received_at")); err != nil {
		return nil, fmt.Errorf("store: decode lead: received_at: %w", err)
	}
	return &l, nil
}

// decodeState reads a state item.
func decodeState(item map[string]types.AttributeValue) (state, error) {
	var st state
	if err := attributevalue.UnmarshalMapWithOptions(item, &st, unmarshalOpts); err != nil {
		return state{}, fmt.Errorf("store: decode lead state: %w", err)
	}
	return st, nil
}

// decodeLead joins a lead's body and state items (state may be nil: a lead
// whose state item is not written yet has no follow-up).
func decodeLead(body, stateItem map[string]types.AttributeValue) (*lead.Lead, error) {
	l, err := decodeBody(body)
	if err != nil {
		return nil, err
	}
	if stateItem != nil {
		st, err := decodeState(stateItem)
		if err != nil {
			return nil, err
		}
		l.UpdatedAt, l.SupersededBy, l.Handoff, l.Nurture = st.UpdatedAt, st.SupersededBy, st.Handoff, st.Nurture
	}
	return l, nil
}

// LeadItems returns the items that store l, for tools that seed a table in
// bulk (BatchWriteItem); CreateLead is the way to store one lead.
func LeadItems(l *lead.Lead) ([]map[string]types.AttributeValue, error) {
	body, err := bodyItem(l)
	if err != nil {
		return nil, err
	}
	st, err := stateItem(l)
	if err != nil {
		return nil, err
	}
	return []map[string]types.AttributeValue{body, st}, nil
}

// attrS is item's string attribute name, "" when absent.
func attrS(item map[string]types.AttributeValue, name string) string {
	if v, ok := item[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}
