// Package capacity counts the DynamoDB capacity a piece of work consumes,
// per named scenario, for tests and the cost report. It is an SDK
// middleware: installed on a client (Counter.Option, or Counter.APIOption
// in aws.Config.APIOptions) it asks every DynamoDB call for
// ReturnConsumedCapacity=TOTAL and adds the call to the current scenario.
//
// The local DynamoDB (dynalite) reports a write's table units but neither
// its index writes nor the units of a conditional write that failed, so the
// counter works the units out itself by AWS's billing rules, from the
// items before and after each write (read with a client of its own, which
// is not counted):
//
//   - a write costs one unit per KB begun of the larger of the item before
//     and after it, at least one; a conditional write that fails costs the
//     same for the item as it stands, and writes no index;
//   - each global secondary index the item enters, leaves or changes in
//     costs one unit per KB begun of its index entry (the table and index
//     keys plus the projected attributes); an index whose key changes
//     costs a delete and a put; an index whose entry does not change costs
//     nothing;
//   - a transactional write costs twice that;
//   - a read costs one unit per 4 KB begun of what it returns (per item
//     for GetItem and BatchGetItem, the sum for a Query), half for an
//     eventually consistent read; a GetItem that finds nothing still
//     costs a minimum read.
//
// The table units it computes are checked against dynalite's own figure in
// its tests, which keeps the item-size rules honest.
package capacity

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go/middleware"
)

// Usage is what one scenario consumed.
type Usage struct {
	// Calls counts DynamoDB requests, by operation in Ops.
	Calls int
	Ops   map[string]int
	// WCU and RCU are the write and read units by AWS's rules; IndexWCU is
	// the part of WCU spent on global secondary indexes.
	WCU, RCU, IndexWCU float64
	// ReportedWCU sums the table write units the server itself reported
	// (dynalite: table only, successful writes only), for comparison.
	ReportedWCU float64
	// RoundTrips counts the calls on the request path that began while no
	// other such call was in flight: the round trips a caller waits for
	// one after another. Calls made under OffRequest are not counted.
	RoundTrips int
	// WCUByItem splits WCU (indexes included) by the kind of item written:
	// its partition key up to the first '#' and its sort key up to the
	// first '#' ("LEAD BODY", "CTR SET").
	WCUByItem map[string]float64
}

// ItemKind names the kind of item key is: its partition key up to the
// first '#' and its sort key up to the first '#'.
func ItemKind(key map[string]types.AttributeValue) string {
	var parts []string
	for _, name := range sortedNames(key) {
		if v, ok := key[name].(*types.AttributeValueMemberS); ok {
			kind, _, _ := strings.Cut(v.Value, "#")
			parts = append(parts, kind)
		}
	}
	return strings.Join(parts, " ")
}

// sortedNames is key's attribute names, the partition key first (pk
// sorts before sk, as in this project's tables).
func sortedNames(key map[string]types.AttributeValue) []string {
	names := make([]string, 0, len(key))
	for n := range key {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (u *Usage) addItem(kind string, w float64) {
	if w == 0 {
		return
	}
	if u.WCUByItem == nil {
		u.WCUByItem = map[string]float64{}
	}
	u.WCUByItem[kind] += w
}

func (u *Usage) add(op string, w, idx, r, reported float64) {
	u.Calls++
	if u.Ops == nil {
		u.Ops = map[string]int{}
	}
	u.Ops[op]++
	u.WCU += w
	u.IndexWCU += idx
	u.RCU += r
	u.ReportedWCU += reported
}

// Counter counts capacity per scenario. Its zero value is not usable: use
// New.
type Counter struct {
	raw *dynamodb.Client
	// Trace, when set, receives a line per call: operation, the item's
	// key (writes and gets), write and read units.
	Trace io.Writer

	mu       sync.Mutex
	tables   map[string]*table
	current  *Usage
	total    Usage
	inFlight int
}

type offRequestKey struct{}

// OffRequest marks ctx as work done outside the request path (an
// asynchronous function): its calls are counted but are no round trips.
func OffRequest(ctx context.Context) context.Context {
	return context.WithValue(ctx, offRequestKey{}, true)
}

// begin notes the start of a call; end, returned, its end.
func (c *Counter) begin(ctx context.Context) (end func()) {
	if off, _ := ctx.Value(offRequestKey{}).(bool); off {
		return func() {}
	}
	c.mu.Lock()
	if c.inFlight == 0 {
		c.total.RoundTrips++
		if c.current != nil {
			c.current.RoundTrips++
		}
	}
	c.inFlight++
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		c.inFlight--
		c.mu.Unlock()
	}
}

// New returns a counter whose own reads (item sizes, table descriptions)
// go through a client built from cfg without the counter.
func New(cfg aws.Config) *Counter {
	cfg = cfg.Copy()
	cfg.APIOptions = nil
	return &Counter{raw: dynamodb.NewFromConfig(cfg), tables: map[string]*table{}}
}

// Begin starts a scenario: what follows is counted into a fresh Usage
// until End.
func (c *Counter) Begin() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.current = &Usage{}
}

// End ends the scenario Begin started and returns its usage.
func (c *Counter) End() Usage {
	c.mu.Lock()
	defer c.mu.Unlock()
	u := c.current
	c.current = nil
	if u == nil {
		return Usage{}
	}
	return *u
}

// Total is everything counted since New, scenario or not.
func (c *Counter) Total() Usage {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.total
	t.Ops = maps.Clone(t.Ops)
	t.WCUByItem = maps.Clone(t.WCUByItem)
	return t
}

// Option installs the counter on one DynamoDB client.
func (c *Counter) Option(o *dynamodb.Options) {
	o.APIOptions = append(o.APIOptions, c.APIOption)
}

// APIOption installs the counter on a middleware stack; it ignores calls
// to services other than DynamoDB, so it may go into aws.Config.APIOptions.
func (c *Counter) APIOption(st *middleware.Stack) error {
	return st.Initialize.Add(middleware.InitializeMiddlewareFunc("leadsieve.capacity", c.handle), middleware.After)
}

func (c *Counter) trace(op string, k map[string]types.AttributeValue, w, idx, r float64) {
	if c.Trace == nil {
		return
	}
	var ks []string
	for _, name := range []string{"pk", "sk"} {
		if v, ok := k[name].(*types.AttributeValueMemberS); ok {
			ks = append(ks, v.Value)
		}
	}
	fmt.Fprintf(c.Trace, "%-14s %-60s wcu=%g (index %g) rcu=%g\n", op, strings.Join(ks, " "), w, idx, r)
}

func (c *Counter) record(op string, w, idx, r, reported float64) {
	c.trace(op, nil, w, idx, r)
	c.recordQuiet(op, w, idx, r, reported)
}

func (c *Counter) recordItem(kind string, w float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total.addItem(kind, w)
	if c.current != nil {
		c.current.addItem(kind, w)
	}
}

func (c *Counter) recordQuiet(op string, w, idx, r, reported float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total.add(op, w, idx, r, reported)
	if c.current != nil {
		c.current.add(op, w, idx, r, reported)
	}
}

func (c *Counter) handle(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
	if awsmiddleware.GetServiceID(ctx) != "DynamoDB" {
		return next.HandleInitialize(ctx, in)
	}
	op := awsmiddleware.GetOperationName(ctx)
	defer c.begin(ctx)()
	switch p := in.Parameters.(type) {
	case *dynamodb.PutItemInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		return c.single(ctx, in, next, op, aws.ToString(p.TableName), p.Item, true)
	case *dynamodb.UpdateItemInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		return c.single(ctx, in, next, op, aws.ToString(p.TableName), p.Key, false)
	case *dynamodb.DeleteItemInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		return c.single(ctx, in, next, op, aws.ToString(p.TableName), p.Key, false)
	case *dynamodb.GetItemInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		out, md, err := next.HandleInitialize(ctx, in)
		r := 0.0
		if o, ok := out.Result.(*dynamodb.GetItemOutput); ok && err == nil {
			r = readUnits(ItemSize(o.Item), aws.ToBool(p.ConsistentRead))
		}
		c.record(op, 0, 0, r, 0)
		return out, md, err
	case *dynamodb.QueryInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		out, md, err := next.HandleInitialize(ctx, in)
		r := 0.0
		if o, ok := out.Result.(*dynamodb.QueryOutput); ok && err == nil {
			size := 0
			for _, it := range o.Items {
				size += ItemSize(it)
			}
			r = readUnits(size, aws.ToBool(p.ConsistentRead))
		}
		c.record(op, 0, 0, r, 0)
		return out, md, err
	case *dynamodb.BatchGetItemInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		out, md, err := next.HandleInitialize(ctx, in)
		r := 0.0
		if o, ok := out.Result.(*dynamodb.BatchGetItemOutput); ok && err == nil {
			for name, items := range o.Responses {
				consistent := aws.ToBool(p.RequestItems[name].ConsistentRead)
				for _, it := range items {
					r += readUnits(ItemSize(it), consistent)
				}
			}
		}
		c.record(op, 0, 0, r, 0)
		return out, md, err
	case *dynamodb.TransactWriteItemsInput:
		p.ReturnConsumedCapacity = types.ReturnConsumedCapacityTotal
		return c.transact(ctx, in, next, op, p)
	}
	// Anything else (table administration) is counted as a call only.
	out, md, err := next.HandleInitialize(ctx, in)
	c.record(op, 0, 0, 0, 0)
	return out, md, err
}

// single counts a PutItem, UpdateItem or DeleteItem on one item.
func (c *Counter) single(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler, op, tableName string, item map[string]types.AttributeValue, isPut bool) (middleware.InitializeOutput, middleware.Metadata, error) {
	t, err := c.table(ctx, tableName)
	if err != nil {
		return middleware.InitializeOutput{}, middleware.Metadata{}, err
	}
	k := t.key(item)
	before, err := c.get(ctx, tableName, k)
	if err != nil {
		return middleware.InitializeOutput{}, middleware.Metadata{}, err
	}
	out, md, werr := next.HandleInitialize(ctx, in)
	reported := 0.0
	if cc := consumed(out.Result); cc != nil {
		reported = aws.ToFloat64(cc.CapacityUnits)
	}
	var w, idx float64
	switch {
	case werr == nil:
		after, err := c.get(ctx, tableName, k)
		if err != nil {
			return out, md, err
		}
		w, idx = t.writeCost(before, after)
	case isConditionFailed(werr):
		w = writeUnits(ItemSize(before))
	}
	c.trace(op, k, w, idx, 0)
	c.recordQuiet(op, w, idx, 0, reported)
	c.recordItem(ItemKind(k), w)
	return out, md, werr
}

// transact counts a TransactWriteItems: each action as a single write,
// doubled; a condition check as a write of the item it checks.
func (c *Counter) transact(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler, op string, p *dynamodb.TransactWriteItemsInput) (middleware.InitializeOutput, middleware.Metadata, error) {
	type action struct {
		t      *table
		name   string
		key    map[string]types.AttributeValue
		before map[string]types.AttributeValue
		check  bool
	}
	var acts []action
	for _, it := range p.TransactItems {
		var a action
		switch {
		case it.Put != nil:
			a.name, a.key = aws.ToString(it.Put.TableName), it.Put.Item
		case it.Update != nil:
			a.name, a.key = aws.ToString(it.Update.TableName), it.Update.Key
		case it.Delete != nil:
			a.name, a.key = aws.ToString(it.Delete.TableName), it.Delete.Key
		case it.ConditionCheck != nil:
			a.name, a.key, a.check = aws.ToString(it.ConditionCheck.TableName), it.ConditionCheck.Key, true
		}
		t, err := c.table(ctx, a.name)
		if err != nil {
			return middleware.InitializeOutput{}, middleware.Metadata{}, err
		}
		a.t, a.key = t, t.key(a.key)
		if a.before, err = c.get(ctx, a.name, a.key); err != nil {
			return middleware.InitializeOutput{}, middleware.Metadata{}, err
		}
		acts = append(acts, a)
	}
	out, md, werr := next.HandleInitialize(ctx, in)
	var w, idx float64
	for _, a := range acts {
		if a.check || werr != nil {
			w += 2 * writeUnits(ItemSize(a.before))
			continue
		}
		after, err := c.get(ctx, a.name, a.key)
		if err != nil {
			return out, md, err
		}
		tw, ti := a.t.writeCost(a.before, after)
		w, idx = w+2*tw, idx+2*ti
	}
	c.record(op, w, idx, 0, 0)
	return out, md, werr
}

func consumed(result any) *types.ConsumedCapacity {
	switch o := result.(type) {
	case *dynamodb.PutItemOutput:
		return o.ConsumedCapacity
	case *dynamodb.UpdateItemOutput:
		return o.ConsumedCapacity
	case *dynamodb.DeleteItemOutput:
		return o.ConsumedCapacity
	}
	return nil
}

func isConditionFailed(err error) bool {
	var ccf *types.ConditionalCheckFailedException
	var tc *types.TransactionCanceledException
	return errors.As(err, &ccf) || errors.As(err, &tc)
}

// get reads an item as it stands, with the counter's own client.
func (c *Counter) get(ctx context.Context, tableName string, key map[string]types.AttributeValue) (map[string]types.AttributeValue, error) {
	out, err := c.raw.GetItem(ctx, &dynamodb.GetItemInput{TableName: &tableName, Key: key, ConsistentRead: aws.Bool(true)})
	if err != nil {
		return nil, fmt.Errorf("capacity: read item: %w", err)
	}
	return out.Item, nil
}

// table is what the counter knows of a table: its key and its indexes.
type table struct {
	keys    []string
	indexes []index
}

type index struct {
	name string
	keys []string
	// all projects every attribute; otherwise include lists the non-key
	// attributes projected (none for KEYS_ONLY).
	all     bool
	include []string
}

func (c *Counter) table(ctx context.Context, name string) (*table, error) {
	c.mu.Lock()
	t := c.tables[name]
	c.mu.Unlock()
	if t != nil {
		return t, nil
	}
	out, err := c.raw.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return nil, fmt.Errorf("capacity: describe table %s: %w", name, err)
	}
	t = &table{}
	for _, k := range out.Table.KeySchema {
		t.keys = append(t.keys, aws.ToString(k.AttributeName))
	}
	for _, g := range out.Table.GlobalSecondaryIndexes {
		ix := index{name: aws.ToString(g.IndexName)}
		for _, k := range g.KeySchema {
			ix.keys = append(ix.keys, aws.ToString(k.AttributeName))
		}
		if g.Projection != nil {
			ix.all = g.Projection.ProjectionType == types.ProjectionTypeAll
			ix.include = g.Projection.NonKeyAttributes
		}
		t.indexes = append(t.indexes, ix)
	}
	c.mu.Lock()
	c.tables[name] = t
	c.mu.Unlock()
	return t, nil
}

// key is the primary key of item.
func (t *table) key(item map[string]types.AttributeValue) map[string]types.AttributeValue {
	k := make(map[string]types.AttributeValue, len(t.keys))
	for _, name := range t.keys {
		k[name] = item[name]
	}
	return k
}

// writeCost is the table and index units of changing before into after
// (either may be nil: a new or a deleted item).
func (t *table) writeCost(before, after map[string]types.AttributeValue) (w, idx float64) {
	w = writeUnits(max(ItemSize(before), ItemSize(after)))
	for _, ix := range t.indexes {
		idx += ix.cost(t, before, after)
	}
	return w + idx, idx
}

// entry is item's entry in the index, nil when the item lacks a key of it
// (a sparse index).
func (ix index) entry(t *table, item map[string]types.AttributeValue) map[string]types.AttributeValue {
	if item == nil {
		return nil
	}
	for _, k := range ix.keys {
		if item[k] == nil {
			return nil
		}
	}
	if ix.all {
		return item
	}
	e := map[string]types.AttributeValue{}
	for _, names := range [][]string{t.keys, ix.keys, ix.include} {
		for _, n := range names {
			if v := item[n]; v != nil {
				e[n] = v
			}
		}
	}
	return e
}

func (ix index) cost(t *table, before, after map[string]types.AttributeValue) float64 {
	old, cur := ix.entry(t, before), ix.entry(t, after)
	switch {
	case old == nil && cur == nil:
		return 0
	case old == nil:
		return writeUnits(ItemSize(cur))
	case cur == nil:
		return writeUnits(ItemSize(old))
	}
	for _, k := range ix.keys {
		if !reflect.DeepEqual(old[k], cur[k]) {
			return writeUnits(ItemSize(old)) + writeUnits(ItemSize(cur))
		}
	}
	if reflect.DeepEqual(old, cur) {
		return 0
	}
	return writeUnits(max(ItemSize(old), ItemSize(cur)))
}

// Indexes lists the global secondary indexes the counter knows of for
// table name, with their projections, sorted by name (for reports).
func (c *Counter) Indexes(ctx context.Context, name string) ([]string, error) {
	t, err := c.table(ctx, name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, ix := range t.indexes {
		p := "KEYS_ONLY"
		switch {
		case ix.all:
			p = "ALL"
		case len(ix.include) > 0:
			p = fmt.Sprintf("INCLUDE %v", ix.include)
		}
		out = append(out, ix.name+" ("+p+")")
	}
	sort.Strings(out)
	return out, nil
}
