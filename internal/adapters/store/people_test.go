package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func sAttr(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }

func TestAddressHashIsKeyedPerTable(t *testing.T) {
	ctx := context.Background()
	a, b := newStore(t), newStore(t)
	h1, err := a.AddressHash(ctx, "Ana.Lima@Example.ORG")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := a.AddressHash(ctx, "  ana.lima@example.org ")
	other, _ := b.AddressHash(ctx, "ana.lima@example.org")
	if h1 != h2 {
		t.Errorf("casing and spaces change the hash: %s, %s", h1, h2)
	}
	if h1 == other {
		t.Errorf("two tables hash an address alike: the key is not the table's")
	}
	if len(h1) != 22 || strings.Contains(strings.ToLower(h1), "ana") {
		t.Errorf("hash %q", h1)
	}
	// A suppression names the address by the hash only.
	if err := a.Suppress(ctx, "ana.lima@example.org", "unsubscribe", t0); err != nil {
		t.Fatal(err)
	}
	out, err := a.DB().GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(a.Table()), Key: map[string]types.AttributeValue{
		"pk": sAttr("SUPP#" + h1), "sk": sAttr("SUPP")}})
	if err != nil || len(out.Item) == 0 {
		t.Fatalf("no suppression under the hash: %v", err)
	}
}

func TestPlainSuppressionIsReadThenForgotten(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	plain := map[string]types.AttributeValue{"pk": sAttr("SUPP#ana.lima@example.org"), "sk": sAttr("SUPP"),
		"reason": sAttr("bounce"), "at": sAttr(t0.Format(time.RFC3339))}
	if _, err := s.DB().PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.Table()), Item: plain}); err != nil {
		t.Fatal(err)
	}
	if sp, err := s.Suppressed(ctx, "Ana.Lima@example.org"); err != nil || sp == nil || sp.Reason != "bounce" {
		t.Fatalf("an item from before hashing: %+v %v", sp, err)
	}
	// An erasure takes over, whatever was there, and keeps the first time.
	if err := s.Suppress(ctx, "ana.lima@example.org", "unsubscribe", t0); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := s.Suppress(ctx, "ana.lima@example.org", store.ReasonErasure, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.ForgetPlainSuppression(ctx, "ANA.LIMA@example.org"); err != nil {
			t.Fatal(err)
		}
	}
	sp, err := s.Suppressed(ctx, "ana.lima@example.org")
	if err != nil || sp == nil || sp.Reason != store.ReasonErasure || !sp.At.Equal(t0) {
		t.Fatalf("after the erasure: %+v %v", sp, err)
	}
	out, err := s.DB().GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.Table()), Key: map[string]types.AttributeValue{
		"pk": plain["pk"], "sk": plain["sk"]}})
	if err != nil || len(out.Item) != 0 {
		t.Fatalf("the plain item is still there: %v %v", out.Item, err)
	}
}

func TestLeadsOfEmailReadsEveryPage(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	defer func(p int32) { *store.StopPageSize = p }(*store.StopPageSize)
	*store.StopPageSize = 2
	var want []string
	for i := range 5 {
		at := t0.Add(time.Duration(i) * time.Minute)
		l := mkLead(lead.NewID(at), "f", "ana.lima@example.org", at)
		if _, err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
		want = append([]string{l.ID}, want...)
	}
	if _, err := s.CreateLead(ctx, mkLead(lead.NewID(t0), "f", "someone@example.org", t0)); err != nil {
		t.Fatal(err)
	}
	got, err := s.LeadsOfEmail(ctx, " Ana.Lima@EXAMPLE.org")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range got {
		ids = append(ids, l.ID)
	}
	if fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Fatalf("leads %v, want newest first %v", ids, want)
	}
}
