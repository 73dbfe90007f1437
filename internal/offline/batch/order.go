package batch

import (
	"context"
	"sync"
	"time"

	"github.com/leadsieve/leadsieve/internal/screen"
)

// lineOrder is the velocity counter of a Screener made by NewScreener. The
// velocity checks count earlier submissions from the same IP, address or
// message, so their answers depend on which lines were counted before:
// judged on several goroutines in whatever order they finish, the same
// export would give different counts from run to run. lineOrder hands
// each line that ScreenLines reads a ticket, in input order, and answers
// a counter call made while judging a line only once every line with an
// earlier ticket has been judged: the counts are those of judging the
// lines one after another, however many goroutines judge them.
//
// Waiting costs little parallelism: a line waits only at its first
// counter call, near the end of screening; decoding, normalization, the
// other checks and encoding of neighbouring lines overlap freely.
//
// Calls made outside ScreenLines (a context without a ticket, as from
// Screen) are passed on at once.
type lineOrder struct {
	counter screen.Counter

	mu       sync.Mutex
	turn     *sync.Cond
	issued   int          // tickets handed out
	next     int          // the earliest ticket whose line is not yet judged
	finished map[int]bool // tickets after next whose lines are judged
}

func newLineOrder(c screen.Counter) *lineOrder {
	o := &lineOrder{counter: c, finished: map[int]bool{}}
	o.turn = sync.NewCond(&o.mu)
	return o
}

// ticketKey is the context key of a line's ticket.
type ticketKey struct{}

// ticket hands out the next ticket. Every ticket must be finished, or the
// lines after it wait for ever.
func (o *lineOrder) ticket() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	t := o.issued
	o.issued++
	return t
}

// finish records that the line holding ticket t is judged.
func (o *lineOrder) finish(t int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.finished[t] = true
	for o.finished[o.next] {
		delete(o.finished, o.next)
		o.next++
	}
	o.turn.Broadcast()
}

// wait returns once every line before ctx's ticket is judged.
func (o *lineOrder) wait(ctx context.Context) {
	t, ok := ctx.Value(ticketKey{}).(int)
	if !ok {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	for o.next < t {
		o.turn.Wait()
	}
}

// Incr implements screen.Counter.
func (o *lineOrder) Incr(ctx context.Context, key string, window time.Duration, now time.Time) (int64, error) {
	o.wait(ctx)
	return o.counter.Incr(ctx, key, window, now)
}

// AddDistinct implements screen.Counter.
func (o *lineOrder) AddDistinct(ctx context.Context, key, member string, window time.Duration, now time.Time) (int64, error) {
	o.wait(ctx)
	return o.counter.AddDistinct(ctx, key, member, window, now)
}

// FirstUse implements screen.Counter.
func (o *lineOrder) FirstUse(ctx context.Context, key string, ttl time.Duration, now time.Time) (bool, error) {
	o.wait(ctx)
	return o.counter.FirstUse(ctx, key, ttl, now)
}

// InProcess tells screening that the counter answers from memory, as the
// in-memory counter it wraps does: its keys need no pseudonymizing hash,
// and its checks no goroutines of their own.
func (o *lineOrder) InProcess() bool { return true }
