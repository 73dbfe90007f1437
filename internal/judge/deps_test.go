package judge

import (
	"os/exec"
	"strings"
	"testing"
)

// TestJudgeDoesNotDependOnIntake keeps the verdict path free of HTTP
// intake: judge returns lead.Judgment and must link without internal/intake.
func TestJudgeDoesNotDependOnIntake(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !containsSuffix(deps, "/internal/lead") {
		t.Fatalf("go list -deps printed no internal/lead: %q", out)
	}
	for _, p := range deps {
		if strings.HasSuffix(p, "/internal/intake") {
			t.Errorf("judge depends on %s", p)
		}
	}
}

func containsSuffix(list []string, suffix string) bool {
	for _, p := range list {
		if strings.HasSuffix(p, suffix) {
			return true
		}
	}
	return false
}
