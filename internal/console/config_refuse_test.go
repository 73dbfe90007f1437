package console

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// A save, publish or rollback that fails on the server's side is logged
// once, whether the caller asked for JSON or for the editor's fragment.
func TestRefuseLogsAServerErrorOnce(t *testing.T) {
	for _, accept := range []string{"application/json", "text/html"} {
		var logged bytes.Buffer
		p := &Pages{Log: slog.New(slog.NewTextHandler(&logged, nil))}
		r := httptest.NewRequest(http.MethodPost, "/console/api/config/rules/versions", nil)
		r.Header.Set("Accept", accept)
		w := httptest.NewRecorder()
		cause := &lead.Error{Kind: lead.EUNAVAILABLE, Code: "storage_unavailable", Message: "storage is unavailable", Err: errors.New("table down")}
		p.refuse(w, r, "rules", 0, nil, cause)
		if w.Code != http.StatusServiceUnavailable {
			t.Errorf("%s: status %d, want 503", accept, w.Code)
		}
		if n := strings.Count(logged.String(), "table down"); n != 1 {
			t.Errorf("%s: the cause is logged %d times, want once:\n%s", accept, n, logged.String())
		}
	}
}
