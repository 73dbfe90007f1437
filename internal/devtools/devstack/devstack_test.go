package devstack_test

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	sestypes "github.com/aws/aws-sdk-go-v2/service/ses/types"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack"
	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

func TestMain(m *testing.M) { devstacktest.Main(m) }

func TestStackTablesItemsAndMail(t *testing.T) {
	st := devstacktest.Stack(t)
	if again := devstacktest.Stack(t); again != st {
		t.Fatal("Stack started a second stack in the same binary")
	}
	ctx := context.Background()
	cfg := devstacktest.Config(t, st)

	names := devstacktest.Tables(t, st)
	leads, ok := names["LeadsTable"]
	if !ok || !strings.HasSuffix(leads, "LeadsTable") || !strings.Contains(leads, "TestStackTablesItemsAndMail") {
		t.Fatalf("tables = %v", names)
	}
	db := dynamodb.NewFromConfig(cfg)
	d, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(leads)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Table.GlobalSecondaryIndexes) != 3 || d.Table.TableStatus != types.TableStatusActive {
		t.Fatalf("table = %+v", d.Table)
	}
	item := map[string]types.AttributeValue{
		"pk": &types.AttributeValueMemberS{Value: "LEAD#1"}, "sk": &types.AttributeValueMemberS{Value: "META"},
		"email": &types.AttributeValueMemberS{Value: "ada@example.com"},
	}
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(leads), Item: item}); err != nil {
		t.Fatal(err)
	}
	got, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(leads), Key: map[string]types.AttributeValue{
		"pk": &types.AttributeValueMemberS{Value: "LEAD#1"}, "sk": &types.AttributeValueMemberS{Value: "META"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := got.Item["email"].(*types.AttributeValueMemberS); !ok || e.Value != "ada@example.com" {
		t.Fatalf("item = %v", got.Item)
	}

	// Creating the same tables again is fine.
	root, _ := devstack.FindRoot()
	tpl, err := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := devstack.CreateTables(ctx, db, tpl, func(string) string { return leads })
	if err != nil || again["LeadsTable"] != leads {
		t.Fatalf("CreateTables on existing table: %v %v", again, err)
	}

	// One raw email through SES v1, read back from the store.
	if err := st.ClearEmails(ctx); err != nil {
		t.Fatal(err)
	}
	mail := ses.NewFromConfig(cfg, func(o *ses.Options) { o.RetryMaxAttempts = 1 })
	raw := "From: Leads <leads@example.com>\r\nTo: sales@example.com\r\nSubject: New lead: Ada\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAda from Example wants a demo.\r\n"
	out, err := mail.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte(raw)}})
	if err != nil {
		t.Fatal(err)
	}
	emails, err := st.Emails(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(emails) != 1 {
		t.Fatalf("emails = %+v", emails)
	}
	e := emails[0]
	if e.MessageID != *out.MessageId || e.Subject != "New lead: Ada" || len(e.To) != 1 || e.To[0] != "sales@example.com" ||
		!strings.Contains(e.From, "leads@example.com") || !strings.Contains(e.Text, "wants a demo") ||
		time.Since(e.At) > time.Minute {
		t.Fatalf("email = %+v", e)
	}

	// An SES outage: sends fail, then work again on the same port.
	if err := st.StopSES(); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte(raw)}}); err == nil {
		t.Fatal("send succeeded while SES was stopped")
	}
	if _, err := st.Emails(ctx); err == nil {
		t.Fatal("Emails succeeded while SES was stopped")
	}
	if err := st.StartSES(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte(raw)}}); err != nil {
		t.Fatalf("send after restart: %v", err)
	}
	if emails, err := st.Emails(ctx); err != nil || len(emails) != 1 {
		t.Fatalf("after restart: %v %v", emails, err)
	}
}

func TestEnv(t *testing.T) {
	st := &devstack.Stack{DynamoURL: "http://127.0.0.1:1", SESURL: "http://127.0.0.1:2"}
	want := []string{
		"AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:1", "AWS_ENDPOINT_URL_SES=http://127.0.0.1:2",
		"AWS_ACCESS_KEY_ID=local", "AWS_SECRET_ACCESS_KEY=local", "AWS_REGION=us-east-1",
	}
	if got := st.Env(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("Env = %v", got)
	}
}

func TestStartAndStopOwnStack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := devstack.Start(ctx, devstack.Options{DataDir: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	if _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); err != nil {
		t.Fatal(err)
	}
	if err := st.Stop(); err != nil {
		t.Fatal(err)
	}
	fast := func(o *dynamodb.Options) { o.RetryMaxAttempts = 1 }
	if _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}, fast); err == nil {
		t.Fatal("dynalite still answers after Stop")
	}
	if err := st.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
}

func TestStartFailsOnBusyPort(t *testing.T) {
	st := devstacktest.Stack(t)
	n, err := strconv.Atoi(strings.TrimPrefix(st.SESURL, "http://127.0.0.1:"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err = devstack.Start(ctx, devstack.Options{SESPort: n})
	if err == nil {
		t.Fatal("Start succeeded on a port another SES server holds")
	}
	if !strings.Contains(err.Error(), "aws-ses-v2-local") {
		t.Fatalf("error does not name the failing server: %v", err)
	}
}

// A load test stops and restarts both servers mid-run: with a data
// directory and an SES store file, the table and the accepted mail survive.
func TestRestartKeepsTablesAndMail(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := devstack.Start(ctx, devstack.Options{DataDir: filepath.Join(dir, "db"), SESStore: filepath.Join(dir, "ses.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Stop() })
	cfg, err := st.AWSConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fast := func(o *dynamodb.Options) { o.RetryMaxAttempts = 1 }
	db := dynamodb.NewFromConfig(cfg, fast)
	mail := ses.NewFromConfig(cfg, func(o *ses.Options) { o.RetryMaxAttempts = 1 })
	root, _ := devstack.FindRoot()
	tpl, err := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	names, err := devstack.CreateTables(ctx, db, tpl, func(id string) string { return id })
	if err != nil {
		t.Fatal(err)
	}
	key := map[string]types.AttributeValue{
		"pk": &types.AttributeValueMemberS{Value: "LEAD#1"}, "sk": &types.AttributeValueMemberS{Value: "LEAD"},
	}
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(names["LeadsTable"]), Item: key}); err != nil {
		t.Fatal(err)
	}
	send := func(subject string) error {
		raw := "From: leads@northwind.example\r\nTo: sales@northwind.example\r\nSubject: " + subject + "\r\n\r\nbody\r\n"
		_, err := mail.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte(raw)}})
		return err
	}
	before := time.Now().Truncate(time.Millisecond)
	if err := send("first"); err != nil {
		t.Fatal(err)
	}

	if err := st.StopDynamo(); err != nil {
		t.Fatal(err)
	}
	if err := st.StopSES(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); err == nil {
		t.Fatal("dynalite answers after StopDynamo")
	}
	if err := send("lost"); err == nil {
		t.Fatal("send succeeded while SES was stopped")
	}
	if err := st.StartDynamo(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.StartSES(ctx); err != nil {
		t.Fatal(err)
	}

	got, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(names["LeadsTable"]), Key: key})
	if err != nil || got.Item == nil {
		t.Fatalf("item after restart: %v %v", got, err)
	}
	if err := send("second"); err != nil {
		t.Fatal(err)
	}
	emails, err := st.Emails(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, e := range emails {
		subjects = append(subjects, e.Subject)
		if e.At.Before(before) || time.Since(e.At) > time.Minute || e.At.Nanosecond()%int(time.Millisecond) != 0 {
			t.Errorf("%s: At = %v, want a millisecond time since %v", e.Subject, e.At, before)
		}
	}
	if strings.Join(subjects, ",") != "first,second" {
		t.Fatalf("subjects after restart = %v", subjects)
	}
	// Clearing the store clears the file too: a restart brings nothing back.
	if err := st.ClearEmails(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.StopSES(); err != nil {
		t.Fatal(err)
	}
	if err := st.StartSES(ctx); err != nil {
		t.Fatal(err)
	}
	if emails, err := st.Emails(ctx); err != nil || len(emails) != 0 {
		t.Fatalf("after clear and restart: %d emails, %v", len(emails), err)
	}
}

// TestCreateTablesRefusesAnOlderLayout: a table kept from an earlier run
// is accepted when its indexes are the template's, and refused, with what
// to do, when they are not (queries would quietly find nothing).
func TestCreateTablesRefusesAnOlderLayout(t *testing.T) {
	st := devstacktest.Stack(t)
	db := dynamodb.NewFromConfig(devstacktest.Config(t, st))
	ctx := context.Background()
	root, _ := devstack.FindRoot()
	tpl, err := samtemplate.Load(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	prefix := "layout-" + strconv.FormatInt(time.Now().UnixNano(), 10) + "-"
	name := func(id string) string { return prefix + id }
	names, err := devstack.CreateTables(ctx, db, tpl, name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, n := range names {
			_, _ = db.DeleteTable(context.Background(), &dynamodb.DeleteTableInput{TableName: aws.String(n)})
		}
	})
	if _, err := devstack.CreateTables(ctx, db, tpl, name); err != nil {
		t.Fatalf("same template again: %v", err)
	}
	// The same table as an older template made it: one index projected
	// every attribute.
	tables, err := tpl.Tables(func(id string) string { return "older-" + name(id) })
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range tables {
		in := *tb.Input
		gsis := append([]types.GlobalSecondaryIndex(nil), in.GlobalSecondaryIndexes...)
		if len(gsis) == 0 {
			continue
		}
		gsis[0].Projection = &types.Projection{ProjectionType: types.ProjectionTypeAll}
		in.GlobalSecondaryIndexes = gsis
		in.StreamSpecification = nil
		if _, err := db.CreateTable(ctx, &in); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			_, _ = db.DeleteTable(context.Background(), &dynamodb.DeleteTableInput{TableName: in.TableName})
		})
	}
	_, err = devstack.CreateTables(ctx, db, tpl, func(id string) string { return "older-" + name(id) })
	if err == nil || !strings.Contains(err.Error(), "older template.yaml") || !strings.Contains(err.Error(), ".local/dynamodb") {
		t.Fatalf("older layout accepted or unexplained: %v", err)
	}
}
