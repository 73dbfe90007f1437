package devstacktest

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
)

// ItemText is one stored item as lower-cased text: every attribute's name
// and every value inside it, and for a lead item the lead its compressed
// body decodes to, as JSON. Tests that look for traces of a person search
// it: a scan of the raw attributes alone would miss what a body holds.
type ItemText struct {
	PK, SK string
	Text   string
}

// TableText reads every item of table with a consistent scan.
func TableText(ctx context.Context, db *dynamodb.Client, table string) ([]ItemText, error) {
	st := store.New(db, table)
	var items []ItemText
	p := dynamodb.NewScanPaginator(db, &dynamodb.ScanInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, it := range page.Items {
			var b strings.Builder
			for name, v := range it {
				b.WriteString(name + "=")
				writeValue(&b, v)
				b.WriteString("\n")
			}
			pk, sk := stringAttr(it["pk"]), stringAttr(it["sk"])
			if id, ok := strings.CutPrefix(pk, "LEAD#"); ok && sk == "LEAD" {
				l, err := st.GetLead(ctx, id)
				if err != nil {
					return nil, err
				}
				js, _ := json.Marshal(l)
				b.Write(js)
			}
			items = append(items, ItemText{PK: pk, SK: sk, Text: strings.ToLower(b.String())})
		}
	}
	return items, nil
}

func stringAttr(v types.AttributeValue) string {
	if s, ok := v.(*types.AttributeValueMemberS); ok {
		return s.Value
	}
	return ""
}

// writeValue writes every scalar inside v, binary values as their bytes.
func writeValue(b *strings.Builder, v types.AttributeValue) {
	switch v := v.(type) {
	case *types.AttributeValueMemberS:
		b.WriteString(v.Value)
	case *types.AttributeValueMemberN:
		b.WriteString(v.Value)
	case *types.AttributeValueMemberB:
		b.Write(v.Value)
	case *types.AttributeValueMemberSS:
		b.WriteString(strings.Join(v.Value, " "))
	case *types.AttributeValueMemberNS:
		b.WriteString(strings.Join(v.Value, " "))
	case *types.AttributeValueMemberBS:
		for _, x := range v.Value {
			b.Write(x)
		}
	case *types.AttributeValueMemberL:
		for _, x := range v.Value {
			writeValue(b, x)
			b.WriteString(" ")
		}
	case *types.AttributeValueMemberM:
		for k, x := range v.Value {
			b.WriteString(k + ":")
			writeValue(b, x)
			b.WriteString(" ")
		}
	}
}
