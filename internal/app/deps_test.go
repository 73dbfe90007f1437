package app_test

import (
	"os/exec"
	"strings"
	"testing"
)

// screening are the packages that judge a submission: the judge, the
// qualification model, the junk screen and its models and lists.
var screening = []string{"internal/judge", "internal/qualify", "internal/screen"}

// TestFunctionsLinkOnlyWhatTheyUse: only the intake function judges
// submissions; the dispatcher, unsubscribe and SES-events functions must
// not build (or even link) the judge, its screening models or its rules.
func TestFunctionsLinkOnlyWhatTheyUse(t *testing.T) {
	for _, tc := range []struct {
		function      string
		wantScreening bool
	}{
		{"intake", true},
		{"dispatcher", false},
		{"unsubscribe", false},
		{"sesevents", false},
		{"handoff", false},
		{"unsubscriberecorder", false},
	} {
		t.Run(tc.function, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", "github.com/leadsieve/leadsieve/functions/"+tc.function).Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			var linked []string
			for _, p := range strings.Fields(string(out)) {
				for _, s := range screening {
					if strings.HasSuffix(p, "/"+s) || strings.Contains(p, "/"+s+"/") {
						linked = append(linked, p)
					}
				}
			}
			if !strings.Contains(string(out), "/internal/lead\n") {
				t.Fatalf("go list -deps printed no internal/lead:\n%s", out)
			}
			switch {
			case tc.wantScreening && len(linked) == 0:
				t.Errorf("the %s function links no screening", tc.function)
			case !tc.wantScreening && len(linked) > 0:
				t.Errorf("the %s function links %v", tc.function, linked)
			}
		})
	}
}

// TestIntakeSendsNoMail: the sales hand-off left the request path; the
// intake function links neither the SES client nor the hand-off itself,
// only the invocation of the hand-off function.
func TestIntakeSendsNoMail(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/leadsieve/leadsieve/functions/intake").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	has := func(pkg string) bool {
		for _, p := range deps {
			if p == pkg {
				return true
			}
		}
		return false
	}
	for _, pkg := range []string{"github.com/aws/aws-sdk-go-v2/service/ses", "github.com/leadsieve/leadsieve/internal/delivery/handoff"} {
		if has(pkg) {
			t.Errorf("the intake function links %s", pkg)
		}
	}
	if !has("github.com/leadsieve/leadsieve/internal/delivery/handoff/invocation") {
		t.Error("the intake function does not link the hand-off invocation")
	}
}
