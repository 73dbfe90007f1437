package batch

import (
	"io"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"time"

	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/judge"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Options choose how NewScreener builds a screener.
type Options struct {
	// Network runs the checks that leave the process (MX lookups,
	// CAPTCHA); a back-test leaves them off, so that two runs agree.
	Network bool
	// Timeline is the export laid out by submitted_at; nil counts
	// velocity over the inputs in the order they are screened.
	Timeline *screen.Timeline
}

// NewScreener builds an offline screener for rule set rs and forms fs:
// velocity counted in memory, no render-token secret (exports carry
// elapsed times instead). leadctl's screen, eval and backtest and the
// console's back-test build theirs here, so that they judge alike.
func NewScreener(rs *rules.Set, fs *forms.Set, o Options) (*Screener, error) {
	deps := judge.Deps(judge.DepsOptions{
		Now:     func() time.Time { return time.Now().UTC() },
		Counter: screen.NewMemoryCounter(),
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
		Network: o.Network, HTTPClient: &http.Client{Timeout: 5 * time.Second},
	})
	deps.Timeline = o.Timeline
	j, err := judge.New(rs, deps, judge.Options{})
	if err != nil {
		return nil, err
	}
	return &Screener{Judge: j, Forms: fs}, nil
}

// FromLead renders a stored lead in the interchange format. The outcome
// starts "open": sales marks won, lost or bad before a back-test.
func FromLead(l *lead.Lead) Input {
	m := l.Fields.Map()
	fields := make(Fields, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fields = append(fields, Field{Name: k, Value: Value(m[k])})
	}
	return Input{
		ID: l.ID, FormID: l.FormID, SubmittedAt: l.ReceivedAt, Fields: fields,
		Context: Context{IP: l.Context.IP, UserAgent: l.Context.UserAgent, AcceptLanguage: l.Context.AcceptLanguage,
			Origin: l.Context.Origin, Referer: l.Context.Referer, ElapsedMS: l.Context.ElapsedMS},
		Outcome: "open",
	}
}
