package screen

import (
	"fmt"
	"strings"
)

// CodeInfo describes one screening reason code.
type CodeInfo struct {
	// Code is the stable snake_case reason code.
	Code string
	// Points is the default number of junk points (see Config.Points).
	Points int
	// Detector is the name of the detector that emits it (see Config.Detectors).
	Detector string
	// Description says what the code means, for the README table.
	Description string
}

// Detector names, as used in Config.Detectors.
const (
	DetHoneypot    = "honeypot"
	DetRenderToken = "render_token"
	DetUserAgent   = "user_agent"
	DetOrigin      = "origin"
	DetCaptcha     = "captcha"
	DetEmail       = "email"
	DetMX          = "mx"
	DetNames       = "names"
	DetMessage     = "message"
	DetPhone       = "phone"
	DetVelocity    = "velocity"
	DetEngine      = "engine"
)

// DetectorNames lists every detector in the order they run.
var DetectorNames = []string{
	DetHoneypot, DetRenderToken, DetUserAgent, DetOrigin, DetEmail, DetNames,
	DetMessage, DetPhone, DetCaptcha, DetMX, DetVelocity,
}

// Reason codes.
const (
	CodeHoneypotFilled        = "honeypot_filled"
	CodeSubmitTooFast         = "submit_too_fast"
	CodeRenderTokenMissing    = "render_token_missing"
	CodeRenderTokenInvalid    = "render_token_invalid"
	CodeRenderTokenExpired    = "render_token_expired"
	CodeRenderTokenReplayed   = "render_token_replayed"
	CodeRenderTokenUnchecked  = "render_token_unchecked"
	CodeBotUserAgent          = "bot_user_agent"
	CodeUserAgentMissing      = "user_agent_missing"
	CodeAcceptLanguageMissing = "accept_language_missing"
	CodeOriginNotAllowed      = "origin_not_allowed"
	CodeCaptchaMissing        = "captcha_missing"
	CodeCaptchaFailed         = "captcha_failed"
	CodeCaptchaLowScore       = "captcha_low_score"
	CodeCaptchaUnverified     = "captcha_unverified"
	CodeEmailInvalid          = "email_invalid"
	CodeEmailReservedDomain   = "email_reserved_domain"
	CodeEmailBlockedDomain    = "email_blocked_domain"
	CodeDisposableEmail       = "disposable_email"
	CodeFreeMail              = "free_mail"
	CodeRoleAccount           = "role_account"
	CodeEmailDomainTypo       = "email_domain_typo"
	CodeEmailNoMX             = "email_no_mx"
	CodeEmailUnverified       = "email_unverified"
	CodeGibberishName         = "gibberish_name"
	CodeRepeatedChars         = "repeated_chars"
	CodeURLInName             = "url_in_name"
	CodeSameValueEverywhere   = "same_value_everywhere"
	CodeDigitsInName          = "digits_in_name"
	CodeTestEntry             = "test_entry"
	CodeMessageLinks          = "message_links"
	CodeMarkupInMessage       = "markup_in_message"
	CodeSuspiciousLink        = "suspicious_link"
	CodeMessengerContact      = "messenger_contact"
	CodeSpamContent           = "spam_content"
	CodeSpamModel             = "spam_model"
	CodeVendorPitch           = "vendor_pitch"
	CodeAllCaps               = "all_caps"
	CodeUnreadableMessage     = "unreadable_message"
	CodePhoneInvalid          = "phone_invalid"
	CodePhoneFake             = "phone_fake"
	CodePhoneCountryMismatch  = "phone_country_mismatch"
	CodeIPVelocity            = "ip_velocity"
	CodeEmailVelocity         = "email_velocity"
	CodeRepeatedMessage       = "repeated_message"
	CodeVelocityUnverified    = "velocity_unverified"
	CodeDetectorError         = "detector_error"
)

// Codes is the table of every reason code screening can emit, with its
// default points. The README's reason-code table is generated from it.
// Descriptions that quote a threshold or cap format it from the constant
// the check itself uses, so the documentation cannot drift from the code
// (TestCodeDescriptionsQuoteConstants).
var Codes = []CodeInfo{
	{CodeHoneypotFilled, 100, DetHoneypot, "The hidden honeypot field was filled in: only bots see it."},
	{CodeSubmitTooFast, 60, DetRenderToken, "Submitted sooner after the form was rendered than a person can type (render token or elapsed time below min_age)."},
	{CodeRenderTokenMissing, 40, DetRenderToken, "The form requires a render token and neither a token nor an elapsed time was sent."},
	{CodeRenderTokenInvalid, 60, DetRenderToken, "The render token is malformed, forged, issued in the future or issued for another form."},
	{CodeRenderTokenExpired, 20, DetRenderToken, "The form was rendered longer ago than max_age (stale tab or harvested token)."},
	{CodeRenderTokenReplayed, 60, DetRenderToken, "The render token was already used by an earlier submission."},
	{CodeRenderTokenUnchecked, 0, DetRenderToken, "A token was sent but could not be checked (no signer configured, or the replay store failed)."},
	{CodeBotUserAgent, 50, DetUserAgent, "The User-Agent is an HTTP library, crawler or headless browser."},
	{CodeUserAgentMissing, 10, DetUserAgent, "A live request arrived without a User-Agent."},
	{CodeAcceptLanguageMissing, 10, DetUserAgent, "A live request arrived without Accept-Language, which every browser sends."},
	{CodeOriginNotAllowed, 40, DetOrigin, "Origin or Referer names a site that is not among the form's allowed origins."},
	{CodeCaptchaMissing, 50, DetCaptcha, "The form requires a CAPTCHA and no response token was sent."},
	{CodeCaptchaFailed, 60, DetCaptcha, "The CAPTCHA provider rejected the response, or it was solved on another hostname or action."},
	{CodeCaptchaLowScore, 40, DetCaptcha, "The reCAPTCHA v3 score is below the form's min_score."},
	{CodeCaptchaUnverified, 5, DetCaptcha, "The CAPTCHA provider could not be reached; in fail-closed mode this scores as captcha_failed."},
	{CodeEmailInvalid, 60, DetEmail, "The email address is not syntactically valid."},
	// Reserved, disposable, test and placeholder-phone signs are junk on their
	// own (60 = junk_at): a B2B lead form needs an address sales can answer
	// and a person who meant to be contacted.
	{CodeEmailReservedDomain, 60, DetEmail, "The email domain is reserved for examples or testing (example.com, .test, .invalid, localhost...): nobody can receive mail there."},
	{CodeEmailBlockedDomain, 60, DetEmail, "The email domain is on the rules file's blocked_domains list."},
	{CodeDisposableEmail, 60, DetEmail, "The email address belongs to a disposable (throw-away) mail service."},
	{CodeFreeMail, 0, DetEmail, "The email address belongs to a free-mail provider (a fit signal, not junk)."},
	{CodeRoleAccount, 10, DetEmail, "The email is a role account (info@, sales@, noreply@...) rather than a person."},
	{CodeEmailDomainTypo, 15, DetEmail, "The email domain looks like a typo of a popular domain; a suggestion is kept."},
	{CodeEmailNoMX, 40, DetMX, "The email domain has neither MX nor A/AAAA records (or a null MX): it cannot receive mail."},
	{CodeEmailUnverified, 0, DetMX, "The DNS lookup of the email domain failed; nothing is concluded."},
	{CodeGibberishName, 30, DetNames, fmt.Sprintf("A name, company or email local part looks like keyboard mash to the character model; points per field, capped at %dx.", gibberishFieldsCap)},
	{CodeRepeatedChars, 25, DetNames, "A name or company is one character repeated (aaaa, xxxx)."},
	{CodeURLInName, 40, DetNames, "A name or company field contains a URL or an email address."},
	{CodeSameValueEverywhere, 40, DetNames, "The same value was typed into every filled text field."},
	{CodeDigitsInName, 15, DetNames, "A person's name contains digits."},
	{CodeTestEntry, 60, DetNames, "The submission looks like a test entry (test, asdf, qwerty, John Doe at example.com, Mickey Mouse...)."},
	{CodeMessageLinks, 10, DetMessage, fmt.Sprintf("The message contains %d or more links; points per link beyond the first, capped at %dx.", messageLinksMin, messageLinksCap)},
	{CodeMarkupInMessage, 30, DetMessage, "The message contains HTML tags or BBCode links."},
	{CodeSuspiciousLink, 30, DetMessage, "The message links to a top-level domain that spam favours (.xyz, .top, .click, .shop, .site, .online...); one reason however many links."},
	{CodeMessengerContact, 30, DetMessage, "The message asks to be contacted on Telegram, WhatsApp, WeChat, Viber or Skype and gives a number, handle or chat link."},
	{CodeSpamContent, 40, DetMessage, fmt.Sprintf("The message contains spam phrases (pharma, casino, crypto, loans...); +%d%% per extra phrase, capped at %dx.", phraseExtraPercent, phrasePointsCap)},
	{CodeSpamModel, 60, DetMessage, fmt.Sprintf("The trained spam-text model (internal/screen/spamtext) reads the message as bulk spam: full points at p >= %v, half at p >= %v, a quarter at p >= %v. Short and non-Latin messages are not scored.", spamModelFull, spamModelHalf, spamModelQuarter)},
	{CodeVendorPitch, 40, DetMessage, fmt.Sprintf("The message is a vendor pitch (SEO, web design, lead lists, outsourcing...); +%d%% per extra phrase, capped at %dx.", phraseExtraPercent, phrasePointsCap)},
	{CodeAllCaps, 15, DetMessage, fmt.Sprintf("The message is written in capitals (at least %d%% of %d+ letters).", allCapsPercent, allCapsMinLetters)},
	{CodeUnreadableMessage, 40, DetMessage, "The message is mostly symbols, keyboard mash or mixed-script garbage."},
	{CodePhoneInvalid, 20, DetPhone, "The phone number cannot be parsed or is not a valid number for its region."},
	{CodePhoneFake, 60, DetPhone, fmt.Sprintf("The phone number is a placeholder: a digit sequence, repeated digits or a run of %d equal digits; no real number looks like that.", fakePhoneRun)},
	{CodePhoneCountryMismatch, 5, DetPhone, "The phone number belongs to another country than the one selected."},
	{CodeIPVelocity, 30, DetVelocity, fmt.Sprintf("Too many submissions from this IP address (IPv6: /%d) in the window.", ipv6CountPrefix)},
	{CodeEmailVelocity, 30, DetVelocity, "Too many submissions from this email address in the window."},
	{CodeRepeatedMessage, 40, DetVelocity, "The same message was sent from several different email addresses in the window."},
	{CodeVelocityUnverified, 0, DetVelocity, "The submission counters could not be read; velocity checks were skipped."},
	{CodeDetectorError, 0, DetEngine, "A detector failed unexpectedly and was skipped."},
}

// defaultPoints maps each code to its default points.
var defaultPoints = func() map[string]int {
	m := make(map[string]int, len(Codes))
	for _, c := range Codes {
		m[c.Code] = c.Points
	}
	return m
}()

// DefaultPoints returns a code's default points and whether the code exists.
func DefaultPoints(code string) (int, bool) {
	p, ok := defaultPoints[code]
	return p, ok
}

// CodesMarkdown renders Codes as a Markdown table (code, default points,
// detector, meaning) for the README.
func CodesMarkdown() string {
	var b strings.Builder
	b.WriteString("| Code | Points | Detector | Meaning |\n|---|---:|---|---|\n")
	for _, c := range Codes {
		fmt.Fprintf(&b, "| `%s` | %d | %s | %s |\n", c.Code, c.Points, c.Detector, strings.ReplaceAll(c.Description, "|", `\|`))
	}
	return b.String()
}
