package lead

import "testing"

func TestSource(t *testing.T) {
	tests := []struct {
		name       string
		utm, refer string
		want       string
	}{
		{"utm_source wins, lower-cased", "Google", "https://bing.com/", "google"},
		{"the referrer's host without www", "", "https://www.LinkedIn.com/feed?x=1", "linkedin.com"},
		{"a referrer that is not a URL", "", "linkedin", SourceDirect},
		{"neither", "", "", SourceDirect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Lead{Fields: Fields{UTMSource: tt.utm, Referrer: tt.refer}}
			if got := l.Source(); got != tt.want {
				t.Errorf("Source() = %q, want %q", got, tt.want)
			}
		})
	}
}
