// Package captcha verifies CAPTCHA responses with the provider's siteverify
// endpoint: Cloudflare Turnstile, Google reCAPTCHA (v2 and v3) and hCaptcha.
// All three accept the same form-encoded request (secret, response,
// remoteip) and answer with similar JSON, so one HTTP verifier serves them.
//
// The verifier reports what the provider said; Settings.Evaluate turns that
// into an Outcome (ok, failed, low score, wrong hostname or action) and the
// screening engine turns outcomes into reasons. A provider that cannot be
// reached is an error, never a failed challenge: whether that blocks the
// lead is the FailOpen policy of the caller.
package captcha

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Provider names accepted in Settings.Provider.
const (
	Turnstile = "turnstile"
	ReCAPTCHA = "recaptcha"
	HCaptcha  = "hcaptcha"
)

// Default siteverify endpoints.
const (
	TurnstileVerifyURL = "https://challenges.cloudflare.com/turnstile/v0/siteverify"
	ReCAPTCHAVerifyURL = "https://www.google.com/recaptcha/api/siteverify"
	HCaptchaVerifyURL  = "https://api.hcaptcha.com/siteverify"
)

// DefaultTimeout bounds a verification when Settings.Timeout is zero.
const DefaultTimeout = 3 * time.Second

// maxBody bounds the provider response read.
const maxBody = 64 << 10

// Settings configure CAPTCHA checking for one form.
type Settings struct {
	// Provider is "turnstile", "recaptcha" or "hcaptcha".
	Provider string `yaml:"provider" json:"provider"`
	// Secret is the provider secret key. Never log it.
	Secret string `yaml:"-" json:"-"`
	// MinScore is the lowest accepted reCAPTCHA v3 score (0..1); 0 accepts
	// any score. Ignored when the provider returns no score.
	MinScore float64 `yaml:"min_score" json:"min_score"`
	// Timeout bounds one verification; 0 means DefaultTimeout.
	Timeout time.Duration `yaml:"timeout" json:"timeout"`
	// FailOpen lets leads through (with a low-points reason) when the
	// provider cannot be reached; false blocks them.
	FailOpen bool `yaml:"fail_open" json:"fail_open"`
	// VerifyURL overrides the provider's siteverify endpoint ("" = default).
	VerifyURL string `yaml:"verify_url" json:"verify_url"`
	// ExpectedHostname, when set, must equal the hostname the provider
	// reports the challenge was solved on.
	ExpectedHostname string `yaml:"expected_hostname" json:"expected_hostname"`
	// ExpectedAction, when set, must equal the reported action (reCAPTCHA
	// v3 and Turnstile).
	ExpectedAction string `yaml:"expected_action" json:"expected_action"`
}

// Validate checks the settings.
func (s Settings) Validate() error {
	switch s.Provider {
	case Turnstile, ReCAPTCHA, HCaptcha:
	default:
		return fmt.Errorf("captcha: unknown provider %q (want turnstile, recaptcha or hcaptcha)", s.Provider)
	}
	if s.Secret == "" {
		return errors.New("captcha: secret is empty")
	}
	if s.MinScore < 0 || s.MinScore > 1 {
		return fmt.Errorf("captcha: min_score %v outside 0..1", s.MinScore)
	}
	if s.Timeout < 0 {
		return fmt.Errorf("captcha: negative timeout %v", s.Timeout)
	}
	if s.VerifyURL != "" {
		u, err := url.Parse(s.VerifyURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("captcha: bad verify_url %q", s.VerifyURL)
		}
	}
	return nil
}

// Endpoint returns the siteverify URL to use.
func (s Settings) Endpoint() string {
	if s.VerifyURL != "" {
		return s.VerifyURL
	}
	switch s.Provider {
	case ReCAPTCHA:
		return ReCAPTCHAVerifyURL
	case HCaptcha:
		return HCaptchaVerifyURL
	default:
		return TurnstileVerifyURL
	}
}

// Result is the provider's answer.
type Result struct {
	Success bool
	// Score is the reCAPTCHA v3 (or hCaptcha Enterprise) score; HasScore
	// reports whether the provider sent one.
	Score    float64
	HasScore bool
	Action   string
	Hostname string
	// ChallengeTS is when the challenge was solved (zero if not reported).
	ChallengeTS time.Time
	ErrorCodes  []string
}

// Outcome is the evaluation of a Result against Settings.
type Outcome int

// Outcomes, from best to worst.
const (
	OK Outcome = iota
	Failed
	LowScore
	WrongHostname
	WrongAction
)

// String names the outcome.
func (o Outcome) String() string {
	switch o {
	case OK:
		return "ok"
	case Failed:
		return "failed"
	case LowScore:
		return "low_score"
	case WrongHostname:
		return "wrong_hostname"
	case WrongAction:
		return "wrong_action"
	}
	return fmt.Sprintf("outcome(%d)", int(o))
}

// Evaluate judges a provider result against the settings.
func (s Settings) Evaluate(r Result) Outcome {
	switch {
	case !r.Success:
		return Failed
	case s.ExpectedHostname != "" && !strings.EqualFold(r.Hostname, s.ExpectedHostname):
		return WrongHostname
	case s.ExpectedAction != "" && r.Action != s.ExpectedAction:
		return WrongAction
	case r.HasScore && s.MinScore > 0 && r.Score < s.MinScore:
		return LowScore
	}
	return OK
}

// Verifier checks a CAPTCHA response token with its provider. An error means
// the answer is unknown (provider unreachable, bad reply, our own
// configuration rejected); a definite rejection is a Result with Success
// false and a nil error.
type Verifier interface {
	Verify(ctx context.Context, s Settings, response, remoteIP string) (Result, error)
}

// ErrUnavailable wraps every failure to get an answer from the provider:
// network errors, timeouts, non-2xx statuses and malformed replies.
var ErrUnavailable = errors.New("captcha: provider unavailable")

// ErrMisconfigured reports that the provider rejected our own request (bad
// or missing secret, bad request), so the submitter cannot be blamed.
var ErrMisconfigured = errors.New("captcha: provider rejected our configuration")

// configErrorCodes are provider error codes that blame the site, not the
// submitter.
var configErrorCodes = []string{
	"missing-input-secret", "invalid-input-secret", "bad-request",
	"sitekey-secret-mismatch",
}

// outageErrorCodes are provider error codes that report the provider's own
// trouble.
var outageErrorCodes = []string{"internal-error"}

// HTTPVerifier is a Verifier that calls the provider's siteverify endpoint.
type HTTPVerifier struct {
	client *http.Client
}

// NewHTTPVerifier returns a verifier using client (nil = a client with no
// overall timeout; each call is bounded by Settings.Timeout).
func NewHTTPVerifier(client *http.Client) *HTTPVerifier {
	if client == nil {
		client = &http.Client{}
	}
	return &HTTPVerifier{client: client}
}

// siteverify is the union of the providers' JSON replies.
type siteverify struct {
	Success     bool            `json:"success"`
	Score       *float64        `json:"score"`
	Action      string          `json:"action"`
	Hostname    string          `json:"hostname"`
	ChallengeTS string          `json:"challenge_ts"`
	ErrorCodes  json.RawMessage `json:"error-codes"`
}

// Verify POSTs secret, response and remoteip to the provider and parses the
// reply. Errors wrap ErrUnavailable or ErrMisconfigured.
func (v *HTTPVerifier) Verify(ctx context.Context, s Settings, response, remoteIP string) (Result, error) {
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	form := url.Values{"secret": {s.Secret}, "response": {response}}
	if remoteIP != "" {
		form.Set("remoteip", remoteIP)
	}
	endpoint := s.Endpoint()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return Result{}, fmt.Errorf("%w: building request for %s: %v", ErrMisconfigured, s.Provider, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := v.client.Do(req)
	if err != nil {
		// The secret travels in the body, so the *url.Error text is safe.
		return Result{}, fmt.Errorf("%w: %s: %w", ErrUnavailable, s.Provider, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return Result{}, fmt.Errorf("%w: %s: reading reply: %w", ErrUnavailable, s.Provider, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Result{}, fmt.Errorf("%w: %s: HTTP %d", ErrUnavailable, s.Provider, resp.StatusCode)
	}
	var sv siteverify
	if err := json.Unmarshal(body, &sv); err != nil {
		return Result{}, fmt.Errorf("%w: %s: malformed reply: %v", ErrUnavailable, s.Provider, err)
	}
	r := Result{Success: sv.Success, Action: sv.Action, Hostname: sv.Hostname}
	if sv.Score != nil {
		r.Score, r.HasScore = *sv.Score, true
	}
	if sv.ChallengeTS != "" {
		if ts, err := time.Parse(time.RFC3339, sv.ChallengeTS); err == nil {
			r.ChallengeTS = ts
		}
	}
	r.ErrorCodes = parseErrorCodes(sv.ErrorCodes)
	if !r.Success {
		for _, c := range r.ErrorCodes {
			if slices.Contains(configErrorCodes, c) {
				return r, fmt.Errorf("%w: %s: %s", ErrMisconfigured, s.Provider, c)
			}
			if slices.Contains(outageErrorCodes, c) {
				return r, fmt.Errorf("%w: %s: %s", ErrUnavailable, s.Provider, c)
			}
		}
	}
	return r, nil
}

// parseErrorCodes accepts an array of strings (all providers) or a single
// string, tolerating absence.
func parseErrorCodes(raw json.RawMessage) []string {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return list
	}
	var one string
	if err := json.Unmarshal(raw, &one); err == nil && one != "" {
		return []string{one}
	}
	return nil
}
