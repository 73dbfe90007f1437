package screen

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Duration is a time.Duration that reads and writes as a Go duration string
// ("3s", "24h") in YAML and JSON.
type Duration time.Duration

// D returns the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("screen: bad duration %q: %w", b, err)
	}
	*d = Duration(v)
	return nil
}

// Config is the screening section of the rules file.
type Config struct {
	// JunkAt is the score (0..100) from which a submission is junk.
	JunkAt int `yaml:"junk_at" json:"junk_at"`
	// ReviewAt is the score from which a submission needs review.
	ReviewAt int `yaml:"review_at" json:"review_at"`
	// Detectors switches detectors on or off by name (see DetectorNames).
	// Detectors not named keep their default (on).
	Detectors map[string]DetectorConfig `yaml:"detectors,omitempty" json:"detectors,omitempty"`
	// Points overrides the default points of reason codes (see Codes).
	Points map[string]int `yaml:"points,omitempty" json:"points,omitempty"`
	// Evidence says which signs are too weak to decide junk alone (see
	// evidence.go).
	Evidence EvidenceConfig `yaml:"evidence,omitempty" json:"evidence,omitempty"`
	// Lists extend the built-in phrase and domain lists.
	Lists Lists `yaml:"lists" json:"lists"`
	// RenderToken holds the render-token age limits.
	RenderToken RenderTokenConfig `yaml:"render_token" json:"render_token"`
	// Velocity holds the submission rate limits.
	Velocity VelocityConfig `yaml:"velocity" json:"velocity"`
	// MXCheck turns on DNS MX/A lookups of email domains (needs a Resolver).
	MXCheck bool `yaml:"mx_check" json:"mx_check"`
	// MXTimeout bounds one domain lookup.
	MXTimeout Duration `yaml:"mx_timeout" json:"mx_timeout"`
	// MXCacheTTL is how long a lookup result is cached in memory.
	MXCacheTTL Duration `yaml:"mx_cache_ttl" json:"mx_cache_ttl"`
	// MXCacheSize bounds the number of cached domains.
	MXCacheSize int `yaml:"mx_cache_size" json:"mx_cache_size"`
	// GibberishAt is the name-model score (0..1) above which a long name
	// is gibberish; shorter names need a higher score, names under six
	// letters are never judged.
	GibberishAt float64 `yaml:"gibberish_at" json:"gibberish_at"`
	// MessageGibberishAt is the model score above which a long message
	// (30+ letters) is unreadable.
	MessageGibberishAt float64 `yaml:"message_gibberish_at" json:"message_gibberish_at"`
	// DefaultRegion is the ISO 3166 alpha-2 region used to parse phone
	// numbers without a country code when the country field is empty; ""
	// skips validity checks for such numbers.
	DefaultRegion string `yaml:"default_region" json:"default_region"`
}

// DetectorConfig configures one detector.
type DetectorConfig struct {
	// Enabled switches the detector; nil keeps the default (on).
	Enabled *bool `yaml:"enabled" json:"enabled"`
}

// Lists are extra entries merged with the built-in lists.
type Lists struct {
	// SpamPhrases are extra spam_content phrases. Words match whole words,
	// case-insensitively; a trailing * matches any word ending.
	SpamPhrases []string `yaml:"spam_phrases,omitempty" json:"spam_phrases,omitempty"`
	// VendorPhrases are extra vendor_pitch phrases, same syntax.
	VendorPhrases []string `yaml:"vendor_phrases,omitempty" json:"vendor_phrases,omitempty"`
	// BlockedDomains are email domains always treated as junk (subdomains
	// included).
	BlockedDomains []string `yaml:"blocked_domains,omitempty" json:"blocked_domains,omitempty"`
	// AllowedDomains are email domains never treated as disposable,
	// reserved or blocked (subdomains included).
	AllowedDomains []string `yaml:"allowed_domains,omitempty" json:"allowed_domains,omitempty"`
}

// RenderTokenConfig bounds the render-to-submit time.
type RenderTokenConfig struct {
	// MinAge: faster submissions are submit_too_fast.
	MinAge Duration `yaml:"min_age" json:"min_age"`
	// MaxAge: older tokens are render_token_expired.
	MaxAge Duration `yaml:"max_age" json:"max_age"`
}

// VelocityConfig holds the rate limits.
type VelocityConfig struct {
	// IP limits submissions per IP address (IPv6 per /64).
	IP Limit `yaml:"ip" json:"ip"`
	// Email limits submissions per email address.
	Email Limit `yaml:"email" json:"email"`
	// RepeatedMessage limits how many distinct emails may send the same
	// message within the window.
	RepeatedMessage Limit `yaml:"repeated_message" json:"repeated_message"`
	// Burst is the most submissions sharing an IP, an address or a message
	// that may follow one another, each within Window of the last; more
	// are a burst, and so are more than Max from one IP or address within
	// burstSpanFactor windows. Judged whole where the export is known
	// (batch screening with a Timeline); live, only an address's forms
	// past Max within that span, counted from its earlier leads
	// (velocityDetector.liveBurst), since live counters see only the past.
	Burst Limit `yaml:"burst" json:"burst"`
	// MinMessageLength is the shortest normalized message (in bytes) the
	// repeated-message check considers.
	MinMessageLength int `yaml:"min_message_length" json:"min_message_length"`
}

// Limit is a count allowed within a fixed window. The reason fires when the
// count exceeds Max.
type Limit struct {
	Max    int64    `yaml:"max" json:"max"`
	Window Duration `yaml:"window" json:"window"`
}

// The default burst limit: more than defaultBurstMax submissions from one
// source, each within defaultBurstWindow of the last.
const (
	defaultBurstMax    = 3
	defaultBurstWindow = time.Minute
)

// DefaultConfig returns the built-in screening settings.
func DefaultConfig() Config {
	return Config{
		JunkAt:   60,
		ReviewAt: 30,
		RenderToken: RenderTokenConfig{
			MinAge: Duration(3 * time.Second),
			MaxAge: Duration(24 * time.Hour),
		},
		Velocity: VelocityConfig{
			IP:              Limit{Max: 5, Window: Duration(time.Hour)},
			Email:           Limit{Max: 3, Window: Duration(24 * time.Hour)},
			RepeatedMessage: Limit{Max: 2, Window: Duration(24 * time.Hour)},
			// A person takes half a minute or more to fill in a form: four
			// rows from one source, each within a minute of the last, are a
			// script.
			Burst:            Limit{Max: defaultBurstMax, Window: Duration(defaultBurstWindow)},
			MinMessageLength: 20,
		},
		MXCheck:            false,
		MXTimeout:          Duration(time.Second),
		MXCacheTTL:         Duration(time.Hour),
		MXCacheSize:        10000,
		GibberishAt:        0.75,
		MessageGibberishAt: 0.85,
	}
}

// Enabled reports whether the named detector is on.
func (c Config) Enabled(detector string) bool {
	d, ok := c.Detectors[detector]
	if !ok || d.Enabled == nil {
		return true
	}
	return *d.Enabled
}

// PointsFor returns the configured points of a code.
func (c Config) PointsFor(code string) int {
	if p, ok := c.Points[code]; ok {
		return p
	}
	return defaultPoints[code]
}

// Validate checks the configuration and reports every problem found.
func (c Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("screening: "+format, args...)) }
	if c.ReviewAt < 1 || c.ReviewAt > 100 {
		bad("review_at %d outside 1..100", c.ReviewAt)
	}
	if c.JunkAt < 1 || c.JunkAt > 100 {
		bad("junk_at %d outside 1..100", c.JunkAt)
	}
	if c.ReviewAt > c.JunkAt {
		bad("review_at %d above junk_at %d", c.ReviewAt, c.JunkAt)
	}
	for _, name := range slices.Sorted(maps.Keys(c.Detectors)) {
		if !slices.Contains(DetectorNames, name) {
			bad("unknown detector %q (known: %s)", name, strings.Join(DetectorNames, ", "))
		}
	}
	for _, code := range slices.Sorted(maps.Keys(c.Points)) {
		p := c.Points[code]
		if _, ok := defaultPoints[code]; !ok {
			bad("points: unknown reason code %q", code)
		} else if code == CodeUncorroborated {
			bad("points: %s is computed (it holds a lone weak sign below junk_at), not set", code)
		} else if p < 0 || p > 100 {
			bad("points: %s = %d outside 0..100", code, p)
		}
	}
	for _, l := range []struct {
		name  string
		items []string
	}{
		{"spam_phrases", c.Lists.SpamPhrases}, {"vendor_phrases", c.Lists.VendorPhrases},
	} {
		for i, p := range l.items {
			if _, err := newPhraseSet([]string{p}, nil); err != nil || strings.TrimSpace(p) == "" {
				bad("lists.%s[%d]: %q is not a usable phrase (words, optionally ending in * after four letters)", l.name, i, p)
			}
		}
	}
	for _, l := range []struct {
		name  string
		items []string
	}{
		{"blocked_domains", c.Lists.BlockedDomains}, {"allowed_domains", c.Lists.AllowedDomains},
	} {
		for i, d := range l.items {
			if !looksLikeDomain(normDomain(d)) {
				bad("lists.%s[%d]: %q is not a domain", l.name, i, d)
			}
		}
	}
	errs = append(errs, c.Evidence.validate()...)
	if c.RenderToken.MinAge < 0 {
		bad("render_token.min_age is negative")
	}
	if c.RenderToken.MaxAge <= c.RenderToken.MinAge {
		bad("render_token.max_age %s must exceed min_age %s", c.RenderToken.MaxAge.D(), c.RenderToken.MinAge.D())
	}
	for _, l := range []struct {
		name string
		lim  Limit
	}{{"ip", c.Velocity.IP}, {"email", c.Velocity.Email}, {"repeated_message", c.Velocity.RepeatedMessage}, {"burst", c.Velocity.Burst}} {
		if l.lim.Max < 1 {
			bad("velocity.%s.max %d must be at least 1", l.name, l.lim.Max)
		}
		if l.lim.Window <= 0 {
			bad("velocity.%s.window must be positive", l.name)
		}
	}
	if c.Velocity.MinMessageLength < 0 {
		bad("velocity.min_message_length is negative")
	}
	if c.MXTimeout <= 0 {
		bad("mx_timeout must be positive")
	}
	if c.MXCacheTTL < 0 {
		bad("mx_cache_ttl is negative")
	}
	if c.MXCacheSize < 0 {
		bad("mx_cache_size is negative")
	}
	if c.GibberishAt <= 0 || c.GibberishAt > 1 {
		bad("gibberish_at %v outside (0, 1]", c.GibberishAt)
	}
	if c.MessageGibberishAt <= 0 || c.MessageGibberishAt > 1 {
		bad("message_gibberish_at %v outside (0, 1]", c.MessageGibberishAt)
	}
	if c.DefaultRegion != "" && regionOf(c.DefaultRegion) == "" {
		bad("default_region %q is not a known region", c.DefaultRegion)
	}
	return errors.Join(errs...)
}
