// Package settings reads leadsieve's deployment configuration from the
// environment, once per cold start. Vars is the single list of every variable
// the code reads; the SAM template and the README are checked against it.
package settings

import (
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Var documents one environment variable.
type Var struct {
	Name        string
	Default     string
	Description string
	// Functions lists the template functions (logical ids) that read it;
	// empty means every function.
	Functions []string
	// Required variables have no usable default in a deployment.
	Required bool
	// LocalOnly variables are never set by the template: they replace a
	// template variable where the AWS service behind it does not exist
	// (the local dev server, leadctl on a laptop).
	LocalOnly bool
}

// Function logical ids in template.yaml.
const (
	Intake      = "IntakeFunction"
	Dispatcher  = "DispatcherFunction"
	Unsubscribe = "UnsubscribeFunction"
	SesEvents   = "SesEventsFunction"
	Handoff     = "HandoffFunction"
	// UnsubscribeRecorder records the one-click unsubscribes that
	// Unsubscribe queues for it.
	UnsubscribeRecorder = "UnsubscribeRecorderFunction"
	// Console serves the sales and marketing console and its API.
	Console = "ConsoleFunction"
)

// Vars is every environment variable leadsieve reads.
var Vars = []Var{
	{Name: "LEADS_TABLE", Default: "LeadsTable", Description: "DynamoDB table holding leads and their state."},
	{Name: "STAGE", Default: "dev", Description: "Deployment stage; appears in logs."},
	{Name: "LOG_LEVEL", Default: "INFO", Description: "Minimum log level: DEBUG, INFO, WARN or ERROR."},
	{Name: "CONFIG_REFRESH_SECONDS", Default: "60", Description: "How often, at most, a function reads the live pointer of each configuration kind it uses (rules, sequences, forms, routing): a publish takes effect within this many seconds, 1 to 3600."},
	{Name: "ALLOWED_ORIGINS", Default: "http://127.0.0.1:3000", Description: "Comma-separated origins allowed to post forms that list none of their own.", Functions: []string{Intake}},
	{Name: "JUNK_RETENTION_DAYS", Default: "30", Description: "Days a junk lead is kept for audit before DynamoDB TTL deletes it.", Functions: []string{Intake, Console}},
	{Name: "REVIEW_RETENTION_DAYS", Default: "30", Description: "Days a lead held for review waits for a person's decision before DynamoDB TTL deletes it (a decision removes the TTL).", Functions: []string{Intake, Console}},
	{Name: "SIGNING_SECRET_ARN", Description: "Secrets Manager secret with the HMAC key for render tokens and unsubscribe links.", Functions: []string{Intake, Handoff, Dispatcher, UnsubscribeRecorder, Console}, Required: true},
	{Name: "SIGNING_SECRET", Description: "The HMAC key itself, for local runs without Secrets Manager (never set in a deployment).", Functions: []string{Intake, Handoff, Dispatcher, UnsubscribeRecorder, Console}, LocalOnly: true},
	{Name: "SENDER_EMAIL", Default: "leads@example.com", Description: "Verified SES identity that notifications and nurture mail are sent from.", Functions: []string{Handoff, Dispatcher}},
	{Name: "SALES_EMAIL", Default: "sales@example.com", Description: "Default sales inbox for qualified leads.", Functions: []string{Handoff, Dispatcher}},
	{Name: "CONSOLE_URL", Description: "Base URL of the console (the template gives the stack's own); sales e-mails link to CONSOLE_URL/leads/<id> and carry signed outcome links CONSOLE_URL/outcome/<token>; empty: no links.", Functions: []string{Handoff, Dispatcher, Console}},
	{Name: "PUBLIC_BASE_URL", Default: "http://127.0.0.1:3000", Description: "Public base URL of the API (https in a deployment); unsubscribe links are PUBLIC_BASE_URL/u/<token>.", Functions: []string{Dispatcher, Console}},
	{Name: "POSTAL_ADDRESS", Default: "leadsieve demo, 1 Example Street, 00000 Example City", Description: "Sender's postal address printed in every nurture email (CAN-SPAM, GDPR imprint).", Functions: []string{Dispatcher, Console}},
	{Name: "UNSUBSCRIBE_MAILTO", Description: "Optional address added as a mailto: to List-Unsubscribe.", Functions: []string{Dispatcher}},
	{Name: "GOGC", Description: "Go's garbage-collection target, read by the Go runtime before any code runs (100 when unset): the template sets 400 for intake, whose start-up otherwise runs collections for garbage that is not there, and for the dispatcher, whose first pass otherwise runs one while it parses the configuration (docs/performance.md).", Functions: []string{Intake, Dispatcher}},
	{Name: "HANDOFF_FUNCTION", Default: "HandoffFunction", Description: "Name of the function intake invokes asynchronously for every stored lead (the sales hand-off of a qualified one).", Functions: []string{Intake, Console}},
	{Name: "UNSUBSCRIBE_RECORDER_FUNCTION", Default: "UnsubscribeRecorderFunction", Description: "Name of the function the unsubscribe endpoint invokes asynchronously with every one-click token, valid or not, to record it.", Functions: []string{Unsubscribe}},
	{Name: "SPEED_TO_LEAD_TARGET_SECONDS", Default: "300", Description: "Speed-to-lead target the console's reports count breaches of: a sales hand-off slower than this many seconds after the form was sent is a breach.", Functions: []string{Console}},
	{Name: "CONSOLE_USER_POOL_ID", Description: "The console's Cognito user pool.", Functions: []string{Console}, Required: true},
	{Name: "CONSOLE_CLIENT_ID", Description: "The user pool's app client the console signs in with.", Functions: []string{Console}, Required: true},
	{Name: "AWS_REGION", Description: "Set by the Lambda service; the console derives Cognito's endpoint from it.", Functions: []string{Console}, LocalOnly: true},
	{Name: "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", Description: "The SDK's endpoint variable for Cognito, set only locally (cognito-local): the console's sign-in calls it instead of the region's endpoint.", Functions: []string{Console}, LocalOnly: true},
	{Name: "SES_SEND_RATE", Default: "14", Description: "Emails per second the dispatcher sends at most (the account's SES send rate).", Functions: []string{Dispatcher}},
	{Name: "SES_CONFIGURATION_SET", Description: "SES configuration set every sales and nurture e-mail goes through; its Send events become the send marks read before an e-mail whose outcome was lost is sent again (empty: no marks).", Functions: []string{Handoff, Dispatcher}},
}

// Lookup returns the documented variable named name.
func Lookup(name string) (Var, bool) {
	i := slices.IndexFunc(Vars, func(v Var) bool { return v.Name == name })
	if i < 0 {
		return Var{}, false
	}
	return Vars[i], true
}

// ForFunction returns the variables the template must give function id.
func ForFunction(id string) []Var {
	var out []Var
	for _, v := range Vars {
		if len(v.Functions) == 0 || slices.Contains(v.Functions, id) {
			out = append(out, v)
		}
	}
	return out
}

// Settings is the parsed configuration.
type Settings struct {
	LeadsTable       string
	Stage            string
	LogLevel         slog.Level
	AllowedOrigins   []string
	JunkRetention    time.Duration
	ReviewRetention  time.Duration
	SigningSecretARN string
	SigningSecret    []byte
	SenderEmail      string
	SalesEmail       string
	ConsoleURL       string
	PublicBaseURL    string
	PostalAddress    string
	UnsubMailto      string
	SendRate         float64
	HandoffFunction  string
	// SpeedTarget is SPEED_TO_LEAD_TARGET_SECONDS.
	SpeedTarget time.Duration
	// UnsubscribeRecorderFunction is UNSUBSCRIBE_RECORDER_FUNCTION.
	UnsubscribeRecorderFunction string
	// ConfigRefresh is CONFIG_REFRESH_SECONDS: how stale a function's
	// view of the live configuration versions may get.
	ConfigRefresh time.Duration
}

// Load parses the environment through getenv. Unset variables take their
// documented defaults; malformed values are errors naming the variable.
func Load(getenv func(string) string) (Settings, error) {
	get := func(name string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		v, ok := Lookup(name)
		if !ok {
			panic("settings: undocumented variable " + name) // a programming error caught by tests
		}
		return v.Default
	}
	var s Settings
	var errs []error
	s.LeadsTable = get("LEADS_TABLE")
	s.Stage = get("STAGE")
	if err := s.LogLevel.UnmarshalText([]byte(get("LOG_LEVEL"))); err != nil {
		errs = append(errs, fmt.Errorf("LOG_LEVEL: %w", err))
	}
	for _, o := range strings.Split(get("ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o == "" {
			continue
		}
		if u, err := url.Parse(o); o != "*" && (err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https")) {
			errs = append(errs, fmt.Errorf("ALLOWED_ORIGINS: %q is not scheme://host[:port]", o))
			continue
		}
		s.AllowedOrigins = append(s.AllowedOrigins, o)
	}
	days, err := strconv.Atoi(get("JUNK_RETENTION_DAYS"))
	if err != nil || days < 1 {
		errs = append(errs, fmt.Errorf("JUNK_RETENTION_DAYS: want a whole number of days ≥ 1, got %q", get("JUNK_RETENTION_DAYS")))
	}
	s.JunkRetention = time.Duration(days) * 24 * time.Hour
	reviewDays, err := strconv.Atoi(get("REVIEW_RETENTION_DAYS"))
	if err != nil || reviewDays < 1 {
		errs = append(errs, fmt.Errorf("REVIEW_RETENTION_DAYS: want a whole number of days ≥ 1, got %q", get("REVIEW_RETENTION_DAYS")))
	}
	s.ReviewRetention = time.Duration(reviewDays) * 24 * time.Hour
	s.SigningSecretARN = get("SIGNING_SECRET_ARN")
	if v := get("SIGNING_SECRET"); v != "" {
		if len(v) < 32 {
			errs = append(errs, errors.New("SIGNING_SECRET: want at least 32 characters"))
		}
		s.SigningSecret = []byte(v)
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{"SENDER_EMAIL", &s.SenderEmail}, {"SALES_EMAIL", &s.SalesEmail}} {
		v := get(p.name)
		if _, err := mail.ParseAddress(v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p.name, err))
		}
		*p.dst = v
	}
	s.ConsoleURL = get("CONSOLE_URL")
	if u, err := url.Parse(s.ConsoleURL); s.ConsoleURL != "" && (err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https")) {
		errs = append(errs, fmt.Errorf("CONSOLE_URL: %q is not an http(s) URL", s.ConsoleURL))
	}
	s.PublicBaseURL = strings.TrimRight(get("PUBLIC_BASE_URL"), "/")
	if u, err := url.Parse(s.PublicBaseURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") || u.RawQuery != "" {
		errs = append(errs, fmt.Errorf("PUBLIC_BASE_URL: %q is not an http(s) base URL", s.PublicBaseURL))
	}
	s.PostalAddress = get("POSTAL_ADDRESS")
	s.UnsubMailto = get("UNSUBSCRIBE_MAILTO")
	if s.UnsubMailto != "" {
		if _, err := mail.ParseAddress(strings.TrimPrefix(s.UnsubMailto, "mailto:")); err != nil {
			errs = append(errs, fmt.Errorf("UNSUBSCRIBE_MAILTO: %w", err))
		}
	}
	rate, err := strconv.ParseFloat(get("SES_SEND_RATE"), 64)
	if err != nil || rate <= 0 || rate > 10000 {
		errs = append(errs, fmt.Errorf("SES_SEND_RATE: want emails per second > 0, got %q", get("SES_SEND_RATE")))
	}
	s.SendRate = rate
	s.HandoffFunction = get("HANDOFF_FUNCTION")
	target, err := strconv.Atoi(get("SPEED_TO_LEAD_TARGET_SECONDS"))
	if err != nil || target < 1 || target > 24*3600 {
		errs = append(errs, fmt.Errorf("SPEED_TO_LEAD_TARGET_SECONDS: want whole seconds from 1 to 86400, got %q", get("SPEED_TO_LEAD_TARGET_SECONDS")))
	}
	s.SpeedTarget = time.Duration(target) * time.Second
	s.UnsubscribeRecorderFunction = get("UNSUBSCRIBE_RECORDER_FUNCTION")
	refresh, err := strconv.Atoi(get("CONFIG_REFRESH_SECONDS"))
	if err != nil || refresh < 1 || refresh > 3600 {
		errs = append(errs, fmt.Errorf("CONFIG_REFRESH_SECONDS: want whole seconds from 1 to 3600, got %q", get("CONFIG_REFRESH_SECONDS")))
	}
	s.ConfigRefresh = time.Duration(refresh) * time.Second
	if len(errs) > 0 {
		return Settings{}, fmt.Errorf("settings: %w", errors.Join(errs...))
	}
	return s, nil
}
