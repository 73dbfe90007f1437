package screen

import (
	"context"
	"testing"

	"github.com/leadsieve/leadsieve/internal/gibberish"
)

func BenchmarkZZDetectors(b *testing.B) {
	e := testEngine(b, nil, func(d *Deps) { d.Names = gibberish.Default(); d.Counter = nil })
	sub := genuine(b, e.deps.Tokens)
	in := &Input{Form: testForm(), Sub: sub, Now: t0, eng: e, Email: ParseEmail(sub.Fields.Email), Live: true}
	for _, d := range e.offline {
		b.Run(d.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.Detect(context.Background(), in)
			}
		})
	}
	b.Run("gib", func(b *testing.B) {
		for b.Loop() {
			gibberish.Default().Score("Northwind Logistics")
			gibberish.Default().Score("García")
		}
	})
	b.Run("testEntry", func(b *testing.B) {
		for b.Loop() {
			testEntry(in)
		}
	})
}
