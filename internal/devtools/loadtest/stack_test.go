package loadtest

import (
	"bytes"
	"testing"
)

// TestServingWatch: the watch passes everything on and says served only
// when the devserver's "serving" line arrives, however it is split.
func TestServingWatch(t *testing.T) {
	for _, writes := range [][]string{
		{`{"level":"INFO","msg":"serving","url":"http://127.0.0.1:1"}` + "\n"},
		{`{"level":"INFO","msg":"conf`, `iguration in use"}` + "\n" + `{"msg":"serv`, `ing"}` + "\n"},
	} {
		var out bytes.Buffer
		served := make(chan struct{})
		w := &servingWatch{w: &out, served: served}
		var all string
		for _, p := range writes {
			if _, err := w.Write([]byte(p)); err != nil {
				t.Fatal(err)
			}
			all += p
		}
		select {
		case <-served:
		default:
			t.Errorf("%q: not served", writes)
		}
		if out.String() != all {
			t.Errorf("passed on %q, want %q", out.String(), all)
		}
	}

	// A devserver that fails to listen never says it serves.
	served := make(chan struct{})
	w := &servingWatch{w: &bytes.Buffer{}, served: served}
	w.Write([]byte(`{"msg":"configuration in use"}` + "\n" + `{"msg":"devserver failed","error":"bind: address already in use"}` + "\n"))
	select {
	case <-served:
		t.Error("served after a failure to listen")
	default:
	}
}
