package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// A lead is one item (sk LEAD) while the whole of it fits one KB, which
// DynamoDB bills as one write unit: what the lead is — fields, context,
// judgment, history — as zlib-compressed JSON in the binary attribute body,
// the verdict and the time received in plain sight, the keys of the
// byEmail and byFormTime indexes (the id is in pk, the address in gsi1pk,
// the form in gsi2pk), and its follow-up: hand-off, nurture enrollment,
// updated_at, superseded_by, the lease and, while work is due, the keys of
// the dueWork index. A lease, an intent, an outcome or a step advance
// rewrites that item: one write unit, and no index entry, since the
// indexes hold keys only and those writes change no index key (a due time
// that moves moves the lead in dueWork).
//
// A lead whose body would take the item past one KB, counting the room its
// follow-up grows into (roomFor), keeps its body in an item of its own
// (sk BODY#<digest of the body>, named by the lead item's body_sk), written
// before the lead item and rewritten only when a person decides the lead:
// the lead item stays small, so its follow-up writes still cost one unit
// each. The body item's key follows from its content, so a retry that
// judged differently never overwrites the body another lead item names.
//
// GetLead reads both with one Query on the partition key.

const (
	leadSK     = "LEAD"
	bodySKPref = "BODY#"
)

// roomFor is what l's item keeps free for its follow-up to grow into,
// measured on the item as its writes leave it (store tests):
//
//   - a lease (lease_until, lease_token, and rev, which stays) and what a
//     nurture step adds (the last send, an intent): 161 bytes;
//   - while a sales hand-off is to be sent, what the sent hand-off holds
//     instead (owner, team, why routing chose them, intent, message id,
//     times, and rev; the lease and the due time are gone by then): 260
//     bytes, enough for the names, rule names and SES message ids of
//     config/routing.yaml, even for a lead that overflowed because all
//     were capped. An owner with a much longer name or address, or a
//     longer rule name, takes the item past one KB at the outcome, which
//     then costs two units.
//
// An item that grows past one KB anyway is still written correctly, at two
// units a write; a decision rewrites the whole lead (ReplaceLead) and
// chooses again.
func roomFor(l *lead.Lead) int {
	const (
		lease   = len("lease_until") + 8 + len("lease_token") + 24 + len("rev") + 24
		nurture = lease + 80
		handoff = 260
	)
	if l.Handoff != nil && l.Handoff.State != lead.HandoffSent && l.Handoff.State != lead.HandoffFailed {
		return handoff
	}
	return nurture
}

// followUpRoom is what every lead item is sized with for its follow-up,
// whatever the verdict: the follow-up attributes (followUpAttrs) and the
// room they grow into (roomFor) of a new qualified lead, the largest new
// lead: 365 bytes, its pending hand-off and due-work keys and 260 of room
// (an enrolled nurture lead takes about 150 and 161, a junk one its TTL and
// 161). Were each verdict's own follow-up counted instead, a body of the
// same size would be kept apart for a qualified lead and not for a junk
// one: one write more before intake answers, which an attacker timing the
// answers can see (issue 12). With judgmentRoom, whether the body is kept
// apart follows from what was submitted, not from the verdict. It is
// worked out (by marshalling a lead's state) at its first use, when a lead
// item is written, not at every cold start of each function that links
// the store (0.1 M instructions).
var followUpRoom = sync.OnceValue(func() int {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := &lead.Lead{Verdict: lead.VerdictQualified, ReceivedAt: at, UpdatedAt: at}
	l.Plan(at)
	item, err := attributevalue.MarshalMapWithOptions(state{UpdatedAt: at, Handoff: l.Handoff}, marshalOpts)
	if err != nil {
		panic(err)
	}
	item["due_shard"] = str(DueShard(strconv.Itoa(DueShards - 1)))
	item["due_at"] = str(FormatDue(at))
	return followUpSize(item) + roomFor(l)
})

// followUpAttrs are the attributes of a lead item that depend on what
// follows the lead: its hand-off or enrollment, its due-work keys and TTL.
var followUpAttrs = []string{"handoff", "nurture", "superseded_by", "ttl", "due_shard", "due_at"}

// keptSize is the size item is judged by, before its body, when choosing
// whether the body fits beside it: its size with followUpRoom for the
// follow-up (or its own follow-up and roomFor(l) when that is more: a
// lead whose sent hand-off, or stopped enrollment, outgrew a new lead's),
// and with judgmentRoom, less the judgment its body holds: every verdict
// is sized alike.
func keptSize(item map[string]types.AttributeValue, l *lead.Lead, z []byte) (int, error) {
	j, err := judgmentSize(l, z)
	if err != nil {
		return 0, err
	}
	size := ItemSize(item) - valueSize(item["verdict"]) + len(lead.VerdictQualified)
	fu := followUpSize(item)
	return size - fu + max(fu+roomFor(l), followUpRoom()) - j + judgmentRoom, nil
}

// judgmentRoom is what a lead item is sized with for the judgment in its
// compressed body (verdict, screening, fit, reasons, history, TTL),
// whatever the judgment is: a qualified lead's takes about 120 to 150
// bytes, a nurture lead's 60 to 250, a junk or review lead's 180 to 220
// (more reasons, with details). 140 keeps the common leads of docs/cost.md
// as they were. A lead whose judgment is larger and whose item lands
// within the difference of one KB is kept whole at two units a write
// instead of apart: for a junk lead that costs nothing more (it is never
// written again), for a nurture lead one unit more a step.
const judgmentRoom = 140

// judgmentSize is what l's judgment adds to its compressed body z.
func judgmentSize(l *lead.Lead, z []byte) (int, error) {
	sub := *l
	sub.Verdict, sub.Screening, sub.Fit, sub.Reasons, sub.RulesVersion = "", lead.Screening{}, nil, nil, ""
	sub.ExpiresAt, sub.History = nil, nil
	zs, err := compressBody(&sub)
	if err != nil {
		return 0, err
	}
	return len(z) - len(zs), nil
}

// followUpSize is what item's followUpAttrs take.
func followUpSize(item map[string]types.AttributeValue) int {
	n := 0
	for _, name := range followUpAttrs {
		if v, ok := item[name]; ok {
			n += len(name) + valueSize(v)
		}
	}
	return n
}

// writeUnitBytes is what one write unit covers.
const writeUnitBytes = 1024

func leadPK(id string) string { return "LEAD#" + id }

// state is a lead's follow-up as its item holds it, in attributes of
// their own (beside them: due time, lease and rev).
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
// own the time received, the follow-up's attributes the rest.
var bodyOnly = []string{"id", "form_id", "email", "received_at", "updated_at", "superseded_by", "handoff", "nurture"}

// Partition key prefixes of the byEmail and byFormTime indexes.
const (
	emailPK = "EMAIL#"
	formPK  = "FORM#"
)

// compressBody is the lead's body: its JSON without what the item holds
// elsewhere (bodyOnly), compressed with the newest dictionary
// (bodydict.go).
func compressBody(l *lead.Lead) ([]byte, error) {
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
	return compress(js)
}

// itemsOf are the items that store l: its lead item and, when the body
// does not fit beside the follow-up in one KB, its body item (else nil).
// The byEmail and byFormTime indexes sort by pk: a lead id begins with the
// time it was received.
func itemsOf(l *lead.Lead) (item, body map[string]types.AttributeValue, err error) {
	return leadItems(l, true)
}

// leadItems is itemsOf, leaving a lead whose only due work is its pending
// sales hand-off off the dueWork index when indexHandoff is false (see
// CreateLeadFollowedUp).
func leadItems(l *lead.Lead, indexHandoff bool) (item, body map[string]types.AttributeValue, err error) {
	z, err := compressBody(l)
	if err != nil {
		return nil, nil, err
	}
	item, err = attributevalue.MarshalMapWithOptions(state{UpdatedAt: l.UpdatedAt, SupersededBy: l.SupersededBy, Handoff: l.Handoff, Nurture: l.Nurture}, marshalOpts)
	if err != nil {
		return nil, nil, fmt.Errorf("store: marshal lead state: %w", err)
	}
	item["pk"] = str(leadPK(l.ID))
	item["sk"] = str(leadSK)
	item["gsi2pk"] = str(formPK + l.FormID)
	// The verdict and the time received stay readable (and filterable)
	// without decoding.
	item["verdict"] = str(string(l.Verdict))
	item["received_at"] = str(l.ReceivedAt.UTC().Format(time.RFC3339Nano))
	if l.Email != "" {
		item["gsi1pk"] = str(emailPK + l.Email)
	}
	if l.ExpiresAt != nil {
		item["ttl"] = num(l.ExpiresAt.Unix())
	}
	if due := l.DueAt(); due != nil && (indexHandoff || !handoffOnly(l)) {
		item["due_shard"] = str(DueShard(l.ID))
		item["due_at"] = str(FormatDue(*due))
	} else if due == nil && l.Verdict == lead.VerdictReview && l.SupersededBy == "" {
		// A lead held for review waits for a person: it sits in the
		// sparse dueWork index under its form's review shard, oldest
		// first, which the dispatcher's due shards never read. The
		// decision's write leaves it (the verdict is no longer review).
		item["due_shard"] = str(ReviewShard(l.FormID))
		item["due_at"] = str(FormatDue(l.ReceivedAt))
	}
	size, err := keptSize(item, l, z)
	if err != nil {
		return nil, nil, err
	}
	if size+len("body")+len(z) <= writeUnitBytes {
		item["body"] = &types.AttributeValueMemberB{Value: z}
		return item, nil, nil
	}
	sum := sha256.Sum256(z)
	sk := bodySKPref + hex.EncodeToString(sum[:8])
	item["body_sk"] = str(sk)
	body = map[string]types.AttributeValue{
		"pk": str(leadPK(l.ID)), "sk": str(sk),
		"body": &types.AttributeValueMemberB{Value: z},
	}
	if l.ExpiresAt != nil {
		body["ttl"] = num(l.ExpiresAt.Unix())
	}
	return item, body, nil
}

// decodeLead reads a lead item and, for a lead whose body lives apart, its
// body item (nil otherwise).
func decodeLead(item, bodyItem map[string]types.AttributeValue) (*lead.Lead, error) {
	b, ok := item["body"].(*types.AttributeValueMemberB)
	if !ok && bodyItem != nil {
		b, ok = bodyItem["body"].(*types.AttributeValueMemberB)
	}
	if !ok {
		return nil, fmt.Errorf("store: lead item without a body")
	}
	js, err := decompress(b.Value)
	if err != nil {
		return nil, err
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
	st, err := decodeState(item)
	if err != nil {
		return nil, err
	}
	l.UpdatedAt, l.SupersededBy, l.Handoff, l.Nurture = st.UpdatedAt, st.SupersededBy, st.Handoff, st.Nurture
	return &l, nil
}

// decodeState reads the follow-up of a lead item.
func decodeState(item map[string]types.AttributeValue) (state, error) {
	var st state
	if err := attributevalue.UnmarshalMapWithOptions(item, &st, unmarshalOpts); err != nil {
		return state{}, fmt.Errorf("store: decode lead state: %w", err)
	}
	return st, nil
}

// LeadItems returns the items that store l, for tools that seed a table in
// bulk (BatchWriteItem); CreateLead is the way to store one lead.
func LeadItems(l *lead.Lead) ([]map[string]types.AttributeValue, error) {
	item, body, err := itemsOf(l)
	if err != nil {
		return nil, err
	}
	if body != nil {
		return []map[string]types.AttributeValue{body, item}, nil
	}
	return []map[string]types.AttributeValue{item}, nil
}

// attrS is item's string attribute name, "" when absent.
func attrS(item map[string]types.AttributeValue, name string) string {
	if v, ok := item[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}
