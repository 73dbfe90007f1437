package devstack

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// AWSConfig returns an SDK configuration for the stack: region us-east-1,
// static "local" credentials and the per-service endpoints given the way
// the [services] section of a shared config file gives them (the SDK's
// standard configured-endpoint mechanism, the same as
// AWS_ENDPOINT_URL_DYNAMODB), so clients need no custom resolver. It does
// not read or change the process environment's endpoint variables, but
// other settings of the environment still apply.
func (s *Stack) AWSConfig(ctx context.Context) (aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("local", "local", "")),
	)
	if err != nil {
		return aws.Config{}, fmt.Errorf("devstack: load AWS config: %w", err)
	}
	endpoints := config.SharedConfig{Services: config.Services{ServiceValues: map[string]map[string]string{
		"dynamodb": {"endpoint_url": s.DynamoURL},
		"ses":      {"endpoint_url": s.SESURL},
	}}}
	if s.CognitoURL != "" {
		endpoints.Services.ServiceValues["cognito_identity_provider"] = map[string]string{"endpoint_url": s.CognitoURL}
	}
	cfg.ConfigSources = append([]any{endpoints}, cfg.ConfigSources...)
	return cfg, nil
}

// Email is one message the SES stand-in accepted.
type Email struct {
	MessageID string   `json:"messageId"`
	From      string   `json:"from"`
	ReplyTo   []string `json:"replyTo"`
	To        []string `json:"-"`
	CC        []string `json:"-"`
	BCC       []string `json:"-"`
	Subject   string   `json:"subject"`
	Text      string   `json:"-"`
	HTML      string   `json:"-"`
	// Headers are the custom headers of an SES v2 SendEmail; the stand-in
	// does not keep the headers of a raw message (SendRawEmail), so they
	// are empty there.
	Headers     []Header     `json:"-"`
	Attachments []Attachment `json:"-"`
	// At is when the server stored the message: to the millisecond when
	// the stack keeps an SES store file (Options.SESStore), else to the
	// second.
	At time.Time `json:"-"`
}

// Header is one mail header.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Attachment is one attachment of a stored message.
type Attachment struct {
	Filename    string
	ContentType string
	Content     []byte
}

type storeEmail struct {
	Email
	Destination struct {
		To  []string `json:"to"`
		CC  []string `json:"cc"`
		BCC []string `json:"bcc"`
	} `json:"destination"`
	Body struct {
		Text string `json:"text"`
		HTML string `json:"html"`
	} `json:"body"`
	RawHeaders  []Header `json:"headers"`
	Attachments []struct {
		Filename    string `json:"filename"`
		ContentType string `json:"contentType"`
		Content     string `json:"content"`
	} `json:"attachments"`
	At   int64 `json:"at"`
	AtMs int64 `json:"atMs"`
}

// Emails returns every message the SES stand-in accepted since it started.
func (s *Stack) Emails(ctx context.Context) ([]Email, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.SESURL+"/store", nil)
	if err != nil {
		return nil, fmt.Errorf("devstack: emails: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("devstack: emails: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("devstack: emails: GET /store: %s", resp.Status)
	}
	var store struct {
		Emails []storeEmail `json:"emails"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&store); err != nil {
		return nil, fmt.Errorf("devstack: emails: decode /store: %w", err)
	}
	out := make([]Email, 0, len(store.Emails))
	for _, se := range store.Emails {
		e := se.Email
		e.To, e.CC, e.BCC = se.Destination.To, se.Destination.CC, se.Destination.BCC
		e.Text, e.HTML = se.Body.Text, se.Body.HTML
		e.Headers = se.RawHeaders
		e.At = time.Unix(se.At, 0)
		if se.AtMs > 0 {
			e.At = time.UnixMilli(se.AtMs)
		}
		for _, a := range se.Attachments {
			content, err := base64.StdEncoding.DecodeString(a.Content)
			if err != nil {
				return nil, fmt.Errorf("devstack: emails: attachment %s: %w", a.Filename, err)
			}
			e.Attachments = append(e.Attachments, Attachment{Filename: a.Filename, ContentType: a.ContentType, Content: content})
		}
		out = append(out, e)
	}
	return out, nil
}

// ClearEmails empties the SES stand-in's store.
func (s *Stack) ClearEmails(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.SESURL+"/clear-store", nil)
	if err != nil {
		return fmt.Errorf("devstack: clear emails: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("devstack: clear emails: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("devstack: clear emails: %s", resp.Status)
	}
	return nil
}

// TableAPI is the part of the DynamoDB client CreateTables uses.
type TableAPI interface {
	CreateTable(ctx context.Context, in *dynamodb.CreateTableInput, opts ...func(*dynamodb.Options)) (*dynamodb.CreateTableOutput, error)
	DescribeTable(ctx context.Context, in *dynamodb.DescribeTableInput, opts ...func(*dynamodb.Options)) (*dynamodb.DescribeTableOutput, error)
}

// CreateTables creates every DynamoDB table of the template under
// name(logicalID) and waits until each is ACTIVE. A table that already
// exists is accepted. It returns logical id -> physical name. Stream
// specifications are dropped because dynalite has no Streams; TTL is not
// configured (dynalite has no UpdateTimeToLive), so items never expire
// locally.
func CreateTables(ctx context.Context, db TableAPI, tpl *samtemplate.Template, name func(logicalID string) string) (map[string]string, error) {
	tables, err := tpl.Tables(name)
	if err != nil {
		return nil, fmt.Errorf("devstack: %w", err)
	}
	out := make(map[string]string, len(tables))
	for _, t := range tables {
		in := *t.Input
		in.StreamSpecification = nil
		existed := false
		if _, err := db.CreateTable(ctx, &in); err != nil {
			var inUse *types.ResourceInUseException
			if !errors.As(err, &inUse) {
				return nil, fmt.Errorf("devstack: create table %s (%s): %w", *in.TableName, t.LogicalID, err)
			}
			existed = true
		}
		if err := waitActive(ctx, db, *in.TableName); err != nil {
			return nil, err
		}
		if existed {
			if err := sameIndexes(ctx, db, &in); err != nil {
				return nil, err
			}
		}
		out[t.LogicalID] = *in.TableName
	}
	return out, nil
}

// sameIndexes refuses a table kept from an earlier run (a -data folder)
// whose indexes are not the template's: the code would write items the old
// indexes do not hold, and queries would quietly find nothing.
func sameIndexes(ctx context.Context, db TableAPI, want *dynamodb.CreateTableInput) error {
	d, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: want.TableName})
	if err != nil {
		return fmt.Errorf("devstack: describe table %s: %w", *want.TableName, err)
	}
	layout := func(keys []types.KeySchemaElement, p *types.Projection) string {
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%s:%s ", aws.ToString(k.AttributeName), k.KeyType)
		}
		if p != nil {
			fmt.Fprintf(&b, "%s %v", p.ProjectionType, p.NonKeyAttributes)
		}
		return b.String()
	}
	have := map[string]string{}
	for _, g := range d.Table.GlobalSecondaryIndexes {
		have[aws.ToString(g.IndexName)] = layout(g.KeySchema, g.Projection)
	}
	for _, g := range want.GlobalSecondaryIndexes {
		if have[aws.ToString(g.IndexName)] != layout(g.KeySchema, g.Projection) {
			return fmt.Errorf("devstack: table %s was created from an older template.yaml (index %s differs); remove its data folder (make dev: .local/dynamodb) to create it afresh",
				*want.TableName, aws.ToString(g.IndexName))
		}
		delete(have, aws.ToString(g.IndexName))
	}
	for name := range have {
		return fmt.Errorf("devstack: table %s was created from an older template.yaml (index %s is gone); remove its data folder (make dev: .local/dynamodb) to create it afresh", *want.TableName, name)
	}
	return nil
}

func waitActive(ctx context.Context, db TableAPI, table string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		d, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)})
		if err != nil {
			return fmt.Errorf("devstack: describe table %s: %w", table, err)
		}
		if d.Table.TableStatus == types.TableStatusActive {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devstack: table %s not ACTIVE (%s): %w", table, d.Table.TableStatus, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
