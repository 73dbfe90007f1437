package samtemplate

import (
	"fmt"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Table is an AWS::DynamoDB::Table of the template.
type Table struct {
	// LogicalID is the table's key in Resources.
	LogicalID string
	// Input creates the table under its physical name. It carries the
	// attribute definitions, key schema, indexes, billing mode, provisioned
	// throughput and stream specification; deployment-only settings
	// (SSE, point-in-time recovery, deletion protection, tags) are left out.
	Input *dynamodb.CreateTableInput
	// TTLAttribute is TimeToLiveSpecification.AttributeName when enabled.
	TTLAttribute string
}

// Tables returns every AWS::DynamoDB::Table sorted by logical id, named by
// name(logicalID). Intrinsic values are evaluated with the zero Resolver.
func (t *Template) Tables(name func(logicalID string) string) ([]Table, error) {
	var out []Table
	for _, id := range t.sortedResourceIDs() {
		res := t.Resources[id]
		if res.Type != "AWS::DynamoDB::Table" {
			continue
		}
		tb, err := t.table(id, res.Properties, name(id))
		if err != nil {
			return nil, fmt.Errorf("samtemplate: table %s: %w", id, err)
		}
		out = append(out, tb)
	}
	return out, nil
}

func (t *Template) table(id string, p map[string]any, physical string) (Table, error) {
	in := &dynamodb.CreateTableInput{TableName: aws.String(physical)}
	tb := Table{LogicalID: id, Input: in}
	str := func(v any) (string, error) { return t.Resolve(v, Resolver{}) }

	for i, raw := range listOf(p["AttributeDefinitions"]) {
		m, _ := raw.(map[string]any)
		name, err := str(m["AttributeName"])
		if err != nil {
			return tb, err
		}
		typ, err := str(m["AttributeType"])
		if err != nil {
			return tb, err
		}
		if name == "" || (typ != "S" && typ != "N" && typ != "B") {
			return tb, fmt.Errorf("AttributeDefinitions[%d]: bad name %q or type %q", i, name, typ)
		}
		in.AttributeDefinitions = append(in.AttributeDefinitions, types.AttributeDefinition{
			AttributeName: aws.String(name), AttributeType: types.ScalarAttributeType(typ),
		})
	}
	ks, err := t.keySchema(p["KeySchema"])
	if err != nil {
		return tb, fmt.Errorf("KeySchema: %w", err)
	}
	in.KeySchema = ks

	billing := "PROVISIONED"
	if v, ok := p["BillingMode"]; ok {
		if billing, err = str(v); err != nil {
			return tb, err
		}
	}
	in.BillingMode = types.BillingMode(billing)
	if billing == "PROVISIONED" {
		pt, err := t.throughput(p["ProvisionedThroughput"])
		if err != nil {
			return tb, fmt.Errorf("ProvisionedThroughput: %w", err)
		}
		in.ProvisionedThroughput = pt
	}
	for i, raw := range listOf(p["GlobalSecondaryIndexes"]) {
		m, _ := raw.(map[string]any)
		g := types.GlobalSecondaryIndex{}
		if g.IndexName, g.KeySchema, g.Projection, err = t.tableIndex(m); err != nil {
			return tb, fmt.Errorf("GlobalSecondaryIndexes[%d]: %w", i, err)
		}
		if billing == "PROVISIONED" {
			if g.ProvisionedThroughput, err = t.throughput(m["ProvisionedThroughput"]); err != nil {
				return tb, fmt.Errorf("GlobalSecondaryIndexes[%d]: %w", i, err)
			}
		}
		in.GlobalSecondaryIndexes = append(in.GlobalSecondaryIndexes, g)
	}
	for i, raw := range listOf(p["LocalSecondaryIndexes"]) {
		m, _ := raw.(map[string]any)
		l := types.LocalSecondaryIndex{}
		if l.IndexName, l.KeySchema, l.Projection, err = t.tableIndex(m); err != nil {
			return tb, fmt.Errorf("LocalSecondaryIndexes[%d]: %w", i, err)
		}
		in.LocalSecondaryIndexes = append(in.LocalSecondaryIndexes, l)
	}
	if ss, ok := p["StreamSpecification"].(map[string]any); ok {
		vt, err := str(ss["StreamViewType"])
		if err != nil {
			return tb, err
		}
		in.StreamSpecification = &types.StreamSpecification{StreamEnabled: aws.Bool(true), StreamViewType: types.StreamViewType(vt)}
	}
	if ttl, ok := p["TimeToLiveSpecification"].(map[string]any); ok {
		enabled, err := str(ttl["Enabled"])
		if err != nil {
			return tb, err
		}
		if enabled == "true" {
			if tb.TTLAttribute, err = str(ttl["AttributeName"]); err != nil {
				return tb, err
			}
		}
	}
	return tb, nil
}

func (t *Template) tableIndex(m map[string]any) (*string, []types.KeySchemaElement, *types.Projection, error) {
	name, err := t.Resolve(m["IndexName"], Resolver{})
	if err != nil {
		return nil, nil, nil, err
	}
	if name == "" {
		return nil, nil, nil, fmt.Errorf("index without IndexName")
	}
	ks, err := t.keySchema(m["KeySchema"])
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index %s KeySchema: %w", name, err)
	}
	proj := &types.Projection{ProjectionType: types.ProjectionTypeKeysOnly}
	if pm, ok := m["Projection"].(map[string]any); ok {
		if v, ok := pm["ProjectionType"]; ok {
			pt, err := t.Resolve(v, Resolver{})
			if err != nil {
				return nil, nil, nil, err
			}
			proj.ProjectionType = types.ProjectionType(pt)
		}
		for _, a := range listOf(pm["NonKeyAttributes"]) {
			s, err := t.Resolve(a, Resolver{})
			if err != nil {
				return nil, nil, nil, err
			}
			proj.NonKeyAttributes = append(proj.NonKeyAttributes, s)
		}
	}
	return aws.String(name), ks, proj, nil
}

func (t *Template) keySchema(v any) ([]types.KeySchemaElement, error) {
	var out []types.KeySchemaElement
	for i, raw := range listOf(v) {
		m, _ := raw.(map[string]any)
		name, err := t.Resolve(m["AttributeName"], Resolver{})
		if err != nil {
			return nil, err
		}
		kt, err := t.Resolve(m["KeyType"], Resolver{})
		if err != nil {
			return nil, err
		}
		if name == "" || (kt != "HASH" && kt != "RANGE") {
			return nil, fmt.Errorf("element %d: bad name %q or key type %q", i, name, kt)
		}
		out = append(out, types.KeySchemaElement{AttributeName: aws.String(name), KeyType: types.KeyType(kt)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty key schema")
	}
	return out, nil
}

func (t *Template) throughput(v any) (*types.ProvisionedThroughput, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("missing for PROVISIONED billing")
	}
	r, err := t.Resolve(m["ReadCapacityUnits"], Resolver{})
	if err != nil {
		return nil, err
	}
	w, err := t.Resolve(m["WriteCapacityUnits"], Resolver{})
	if err != nil {
		return nil, err
	}
	ri, err1 := strconv.ParseInt(r, 10, 64)
	wi, err2 := strconv.ParseInt(w, 10, 64)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("bad capacity units %q/%q", r, w)
	}
	return &types.ProvisionedThroughput{ReadCapacityUnits: aws.Int64(ri), WriteCapacityUnits: aws.Int64(wi)}, nil
}

func listOf(v any) []any {
	l, _ := v.([]any)
	return l
}
