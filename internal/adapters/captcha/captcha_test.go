package captcha

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fakeProvider answers siteverify like the named provider would.
type fakeProvider struct {
	mu       sync.Mutex
	gotForm  map[string]string
	status   int
	body     string
	delay    time.Duration
	requests int
}

func (f *fakeProvider) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests++
	delay, status, body := f.delay, f.status, f.body
	f.mu.Unlock()
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		http.Error(w, "bad method or type", http.StatusBadRequest)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.gotForm = map[string]string{}
	for k := range r.PostForm {
		f.gotForm[k] = r.PostForm.Get(k)
	}
	f.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if status == 0 {
		status = http.StatusOK
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

func TestHTTPVerifier(t *testing.T) {
	const (
		turnstileOK   = `{"success":true,"challenge_ts":"2026-03-01T12:00:00.000Z","hostname":"www.example.org","error-codes":[],"action":"contact","cdata":""}`
		turnstileFail = `{"success":false,"error-codes":["invalid-input-response"]}`
		recaptchaV3   = `{"success":true,"score":0.9,"action":"contact","challenge_ts":"2026-03-01T12:00:00Z","hostname":"www.example.org"}`
		recaptchaLow  = `{"success":true,"score":0.1,"action":"contact","challenge_ts":"2026-03-01T12:00:00Z","hostname":"www.example.org"}`
		recaptchaV2   = `{"success":true,"challenge_ts":"2026-03-01T12:00:00Z","hostname":"www.example.org"}`
		hcaptchaOK    = `{"success":true,"challenge_ts":"2026-03-01T12:00:00Z","hostname":"www.example.org","credit":false}`
		hcaptchaFail  = `{"success":false,"error-codes":["invalid-or-already-seen-response"]}`
		badSecret     = `{"success":false,"error-codes":["invalid-input-secret"]}`
		cfInternal    = `{"success":false,"error-codes":["internal-error"]}`
	)
	tests := []struct {
		name     string
		provider string
		status   int
		body     string
		delay    time.Duration
		settings func(*Settings)
		wantErr  error
		want     Outcome
		check    func(t *testing.T, r Result)
	}{
		{name: "turnstile ok", provider: Turnstile, body: turnstileOK, want: OK, check: func(t *testing.T, r Result) {
			if r.Hostname != "www.example.org" || r.Action != "contact" || r.ChallengeTS.IsZero() || r.HasScore {
				t.Errorf("result = %+v", r)
			}
		}},
		{name: "turnstile rejected", provider: Turnstile, body: turnstileFail, want: Failed, check: func(t *testing.T, r Result) {
			if len(r.ErrorCodes) != 1 || r.ErrorCodes[0] != "invalid-input-response" {
				t.Errorf("codes = %v", r.ErrorCodes)
			}
		}},
		{name: "recaptcha v3 high score", provider: ReCAPTCHA, body: recaptchaV3, settings: func(s *Settings) { s.MinScore = 0.5 }, want: OK, check: func(t *testing.T, r Result) {
			if !r.HasScore || r.Score != 0.9 {
				t.Errorf("score = %v %v", r.HasScore, r.Score)
			}
		}},
		{name: "recaptcha v3 low score", provider: ReCAPTCHA, body: recaptchaLow, settings: func(s *Settings) { s.MinScore = 0.5 }, want: LowScore},
		{name: "recaptcha v3 low score no minimum", provider: ReCAPTCHA, body: recaptchaLow, want: OK},
		{name: "recaptcha v2 no score with minimum", provider: ReCAPTCHA, body: recaptchaV2, settings: func(s *Settings) { s.MinScore = 0.5 }, want: OK},
		{name: "recaptcha wrong action", provider: ReCAPTCHA, body: recaptchaV3, settings: func(s *Settings) { s.ExpectedAction = "signup" }, want: WrongAction},
		{name: "wrong hostname", provider: HCaptcha, body: hcaptchaOK, settings: func(s *Settings) { s.ExpectedHostname = "forms.example.com" }, want: WrongHostname},
		{name: "hostname case-insensitive", provider: HCaptcha, body: hcaptchaOK, settings: func(s *Settings) { s.ExpectedHostname = "WWW.example.org" }, want: OK},
		{name: "hcaptcha ok", provider: HCaptcha, body: hcaptchaOK, want: OK},
		{name: "hcaptcha replayed response", provider: HCaptcha, body: hcaptchaFail, want: Failed},
		{name: "5xx", provider: Turnstile, status: 503, body: `oops`, wantErr: ErrUnavailable},
		{name: "4xx", provider: Turnstile, status: 404, body: `{}`, wantErr: ErrUnavailable},
		{name: "malformed json", provider: ReCAPTCHA, body: `{"success":tru`, wantErr: ErrUnavailable},
		{name: "html instead of json", provider: HCaptcha, body: `<html>busy</html>`, wantErr: ErrUnavailable},
		{name: "timeout", provider: Turnstile, body: turnstileOK, delay: 2 * time.Second, settings: func(s *Settings) { s.Timeout = 50 * time.Millisecond }, wantErr: ErrUnavailable},
		{name: "bad secret blames us", provider: Turnstile, body: badSecret, wantErr: ErrMisconfigured},
		{name: "provider internal error", provider: Turnstile, body: cfInternal, wantErr: ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fp := &fakeProvider{status: tt.status, body: tt.body, delay: tt.delay}
			srv := httptest.NewServer(fp)
			defer srv.Close()
			s := Settings{Provider: tt.provider, Secret: "s3cret", VerifyURL: srv.URL}
			if tt.settings != nil {
				tt.settings(&s)
			}
			if err := s.Validate(); err != nil {
				t.Fatal(err)
			}
			r, err := NewHTTPVerifier(srv.Client()).Verify(context.Background(), s, "resp-token", "203.0.113.7")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			fp.mu.Lock()
			form := fp.gotForm
			fp.mu.Unlock()
			if form["secret"] != "s3cret" || form["response"] != "resp-token" || form["remoteip"] != "203.0.113.7" {
				t.Errorf("posted form = %v", form)
			}
			if got := s.Evaluate(r); got != tt.want {
				t.Errorf("outcome = %v, want %v (result %+v)", got, tt.want, r)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestVerifyUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	s := Settings{Provider: Turnstile, Secret: "x", VerifyURL: url, Timeout: time.Second}
	_, err := NewHTTPVerifier(nil).Verify(context.Background(), s, "r", "")
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err = %v", err)
	}
}

func TestVerifyOmitsEmptyRemoteIP(t *testing.T) {
	fp := &fakeProvider{body: `{"success":true}`}
	srv := httptest.NewServer(fp)
	defer srv.Close()
	s := Settings{Provider: HCaptcha, Secret: "x", VerifyURL: srv.URL}
	if _, err := NewHTTPVerifier(srv.Client()).Verify(context.Background(), s, "r", ""); err != nil {
		t.Fatal(err)
	}
	if _, ok := fp.gotForm["remoteip"]; ok {
		t.Fatalf("remoteip sent: %v", fp.gotForm)
	}
}

func TestEndpointDefaults(t *testing.T) {
	for p, want := range map[string]string{
		Turnstile: TurnstileVerifyURL, ReCAPTCHA: ReCAPTCHAVerifyURL, HCaptcha: HCaptchaVerifyURL,
	} {
		if got := (Settings{Provider: p}).Endpoint(); got != want {
			t.Errorf("%s: %s, want %s", p, got, want)
		}
	}
	if got := (Settings{Provider: ReCAPTCHA, VerifyURL: "http://x/y"}).Endpoint(); got != "http://x/y" {
		t.Errorf("override ignored: %s", got)
	}
}

func TestSettingsValidate(t *testing.T) {
	ok := Settings{Provider: Turnstile, Secret: "x"}
	bad := []Settings{
		{Provider: "friendlycaptcha", Secret: "x"},
		{Provider: Turnstile},
		{Provider: ReCAPTCHA, Secret: "x", MinScore: 1.5},
		{Provider: HCaptcha, Secret: "x", Timeout: -1},
		{Provider: HCaptcha, Secret: "x", VerifyURL: "ftp://nope"},
	}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid settings rejected: %v", err)
	}
	for _, s := range bad {
		if err := s.Validate(); err == nil {
			t.Errorf("accepted %+v", s)
		}
	}
}

func TestParseErrorCodes(t *testing.T) {
	if got := parseErrorCodes([]byte(`"timeout-or-duplicate"`)); len(got) != 1 || got[0] != "timeout-or-duplicate" {
		t.Errorf("single string: %v", got)
	}
	if got := parseErrorCodes([]byte(`null`)); got != nil {
		t.Errorf("null: %v", got)
	}
	if got := parseErrorCodes([]byte(`["a","b"]`)); len(got) != 2 {
		t.Errorf("list: %v", got)
	}
}

func TestOutcomeString(t *testing.T) {
	for o, want := range map[Outcome]string{OK: "ok", Failed: "failed", LowScore: "low_score", WrongHostname: "wrong_hostname", WrongAction: "wrong_action"} {
		if o.String() != want {
			t.Errorf("%d = %s", o, o)
		}
	}
}
