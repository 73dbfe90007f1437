package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"testing"
)

// BenchmarkDecode decodes the back-test history lines (about 700 bytes
// each), one per iteration.
func BenchmarkDecode(b *testing.B) {
	lines := testdataLines(b)[:60]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Decode(lines[i%len(lines)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkDecodeStd is BenchmarkDecode with encoding/json, for comparison.
func BenchmarkDecodeStd(b *testing.B) {
	lines := testdataLines(b)[:60]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := decodeStd(lines[i%len(lines)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// screenedOutputs are the results of screening the back-test history.
func screenedOutputs(b *testing.B) []Output {
	s := testScreener(b)
	var outs []Output
	for _, line := range testdataLines(b)[:60] {
		in, err := Decode(line)
		if err != nil {
			b.Fatal(err)
		}
		outs = append(outs, s.Screen(context.Background(), in))
	}
	return outs
}

// BenchmarkEncode encodes one screened result line per iteration, as
// `leadctl screen` does.
func BenchmarkEncode(b *testing.B) {
	outs := screenedOutputs(b)
	var buf []byte
	n := 0
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		buf = append(outs[i%len(outs)].AppendJSON(buf[:0]), '\n')
		n += len(buf)
		i++
	}
	b.SetBytes(int64(n / i))
}

// BenchmarkEncodeStd is BenchmarkEncode with json.Encoder, for comparison.
func BenchmarkEncodeStd(b *testing.B) {
	outs := screenedOutputs(b)
	var buf bytes.Buffer
	enc := json.NewEncoder(io.Discard)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		buf.Reset()
		if err := enc.Encode(outs[i%len(outs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
