package configcheck

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/rules"
	"github.com/leadsieve/leadsieve/internal/delivery/assign"
	"github.com/leadsieve/leadsieve/internal/delivery/nurture"
)

// shipped parses the embedded configuration, the one every binary runs.
func shipped(t *testing.T) Config {
	t.Helper()
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Parse(config.Rules())
	if err != nil {
		t.Fatal(err)
	}
	rt, err := assign.Parse("routing.yaml", config.Routing())
	if err != nil {
		t.Fatal(err)
	}
	seqs, err := nurture.LoadFS(config.Sequences())
	if err != nil {
		t.Fatal(err)
	}
	return Config{Forms: fs, Rules: rs, Routing: rt, Sequences: seqs}
}

func TestShippedConfigurationAgrees(t *testing.T) {
	if problems := Check(shipped(t)); len(problems) > 0 {
		t.Fatalf("the shipped configuration contradicts itself:\n%s", strings.Join(problems, "\n"))
	}
}

func TestContradictionsAreFound(t *testing.T) {
	base := shipped(t)
	routing := func(t *testing.T, rule string) *assign.Rules {
		t.Helper()
		src := strings.Replace(string(config.Routing()), "\nrules:\n", "\nrules:\n"+rule, 1)
		r, err := assign.Parse("routing.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name   string
		change func(t *testing.T, c *Config)
		want   string
	}{
		{"routing rule for an unknown form", func(t *testing.T, c *Config) {
			c.Routing = routing(t, "  - name: ghost\n    forms: [demo-request]\n    team: inbound\n")
		}, `rule ghost names form "demo-request"`},
		{"routing rule for an undeclared segment", func(t *testing.T, c *Config) {
			c.Routing = routing(t, "  - name: vip\n    segments: [vip]\n    team: inbound\n")
		}, `rule vip names segment "vip"`},
		{"rules for an unknown form", func(t *testing.T, c *Config) {
			src := strings.Replace(string(config.Rules()), "\nforms:\n", "\nforms:\n  webinar-signup:\n    screening: { junk_at: 70 }\n", 1)
			rs, err := rules.Parse([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			c.Rules = rs
		}, `settings for form "webinar-signup"`},
		{"a declared segment without a sequence", func(t *testing.T, c *Config) {
			var keep []*nurture.Sequence
			for _, s := range c.Sequences {
				if s.ID != "smb" {
					keep = append(keep, s)
				}
			}
			c.Sequences = keep
		}, `no sequence enrolls segment "smb"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.change(t, &c)
			got := strings.Join(Check(c), "\n")
			if !strings.Contains(got, tt.want) {
				t.Fatalf("Check = %q, want a problem containing %q", got, tt.want)
			}
		})
	}
}
