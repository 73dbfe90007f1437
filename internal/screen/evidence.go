package screen

// Deciding from evidence, not from one weak sign.
//
// The detectors emit reasons with junk points; the points still add up, and
// the total, capped at 100, is still compared with junk_at and review_at.
// What changed (issue 11) is that a sign which also fires on real people
// now and then cannot make a lead junk on its own. Every reason code is
// either decisive or weak:
//
//   - Decisive signs are ones a person who wants an answer does not
//     produce: a filled honeypot, a forged or replayed render token, a
//     failed CAPTCHA, an address nobody can receive mail at (invalid,
//     reserved, blocked, disposable, no MX), a URL in a name field, a test
//     entry, a placeholder phone, spam phrases, a vendor pitch, markup or
//     an unreadable message, the same message from many addresses. Their
//     points decide as they always did.
//   - Weak signs are proxies that real people trip: browser autofill
//     submits 2.5 s after render (submit_too_fast), a rare name reads as
//     mash to the name model (gibberish_name, however many fields), the
//     spam model misreads a two-line question (spam_model), corporate
//     proxies strip headers, one link, capitals, a phone typo.
//     A code counts once however many fields it fired on (the model that
//     misreads a rare first name misreads the last name too), except that
//     gibberish_name in the company or a one-word message corroborates
//     itself: a rare personal name does not explain those.
//
// A lead is junk when its total reaches junk_at and either its strongest
// sign is decisive or the other signs, together, weigh at least
// corroboration_points: a weak sign needs an independent second sign that
// agrees (bot user agent plus too fast is junk; too fast alone is not).
// A weak sign that is not corroborated holds the score just below junk_at,
// which puts the lead in review (doubt about junk, decided by a person),
// and the screening says so in an "uncorroborated" reason whose negative
// points bring the listed points back to the score.
//
// A buyer's question outweighs the spam model (task asking). In a
// message that asks something of us (askingOfUs: a question about our
// product, a question that is no advert's hook, a request, our product
// named as the reader's), spam_model and messenger_contact do not
// corroborate each other: the model learnt from English mail, where a
// number to write to is spam's, and a buyer from Dakar or Yangon who asks
// whether we take Orange Money gives the WhatsApp it reads. Any third
// sign of weight still corroborates either. The message checks apply the
// same reading to a spam trade beside a way round the form (spamOffer).
//
// Why not a logistic regression trained on the labelled corpus: the only
// labelled data in the repository (testdata/corpus) comes from the same
// hands as the detectors, and on it nearly every code fires on junk only,
// so a fitted model learns near-infinite weights for exactly the signs
// that misfire on data nobody here has seen (the finding). The
// split into decisive and weak signs encodes what is known about each
// detector's failure modes, keeps the points per code that operators
// already tune in rules.yaml, and stays explainable per lead: every reason
// still says what it saw and how many points it weighed.

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// CodeUncorroborated is the reason that holds a lone weak sign below junk.
const CodeUncorroborated = lead.ReasonUncorroborated

// defaultCorroborationPoints is how much the signs other than the strongest
// must weigh together to let a weak strongest sign decide junk: more than
// a role account, a missing header or capitals (10-15 points), which real
// people produce as often as bots do, and as much as an invalid phone or
// any stronger second sign.
const defaultCorroborationPoints = 20

// DefaultWeakSigns lists the codes that never decide junk alone. Codes not
// listed are decisive (their points decide, as before), so a new detector
// keeps the plain additive behaviour until it is classified here.
var DefaultWeakSigns = []string{
	CodeSubmitTooFast, CodeRenderTokenMissing, CodeRenderTokenExpired,
	CodeBotUserAgent, CodeUserAgentMissing, CodeAcceptLanguageMissing,
	CodeOriginNotAllowed,
	CodeCaptchaMissing, CodeCaptchaLowScore, CodeCaptchaUnverified,
	CodeRoleAccount, CodeEmailDomainTypo, CodeGeneratedAddress,
	CodeGibberishName, CodeRepeatedChars, CodeDigitsInName,
	CodeMessageLinks, CodeSuspiciousLink, CodeMessengerContact, CodeSpamModel, CodeAllCaps,
	CodePhoneInvalid, CodePhoneCountryMismatch,
	CodeRepeatedMessage, // short generic requests repeat among real people
	CodePlaceholderIdentity,
	// Not ip_velocity and email_velocity: at the shipped limits real
	// people rarely reach them, and live counters see no burst whole, so
	// alone they hold a lead for review.
}

// EvidenceConfig is the screening.evidence section of the rules file.
type EvidenceConfig struct {
	// WeakSigns replaces DefaultWeakSigns when set: the reason codes that
	// never make a lead junk on their own.
	WeakSigns []string `yaml:"weak_signs,omitempty" json:"weak_signs,omitempty"`
	// CorroborationPoints is how much the other signs must weigh together
	// before a weak strongest sign may decide junk. 0 uses the default.
	CorroborationPoints int `yaml:"corroboration_points,omitempty" json:"corroboration_points,omitempty"`
}

// weakSet returns the configured weak codes as a set.
func (c EvidenceConfig) weakSet() map[string]bool {
	codes := c.WeakSigns
	if len(codes) == 0 {
		codes = DefaultWeakSigns
	}
	m := make(map[string]bool, len(codes))
	for _, code := range codes {
		m[code] = true
	}
	return m
}

// corroboration returns CorroborationPoints or its default.
func (c EvidenceConfig) corroboration() int {
	if c.CorroborationPoints > 0 {
		return c.CorroborationPoints
	}
	return defaultCorroborationPoints
}

// validate reports unknown codes and out-of-range points.
func (c EvidenceConfig) validate() []error {
	var errs []error
	for i, code := range c.WeakSigns {
		if _, ok := defaultPoints[code]; !ok {
			errs = append(errs, fmt.Errorf("screening: evidence.weak_signs[%d]: unknown reason code %q", i, code))
		}
	}
	if c.CorroborationPoints < 0 || c.CorroborationPoints > 100 {
		errs = append(errs, fmt.Errorf("screening: evidence.corroboration_points %d outside 0..100", c.CorroborationPoints))
	}
	return errs
}

// decide turns the reasons into the screening's score and verdict. It may
// append the uncorroborated reason, so it returns the reasons too.
func (e *Engine) decide(in *Input, reasons []lead.Reason) (int, lead.ScreenVerdict, []lead.Reason) {
	total := 0
	for _, r := range reasons {
		total += r.Points
	}
	score := min(100, max(0, total))
	if score >= e.cfg.ReviewAt {
		if lone, ok := e.uncorroborated(in, reasons); ok {
			// A weak sign alone is no doubt worth a person's time either:
			// review holds leads that get no answer until someone acts, so
			// a lone weak sign passes, just below review_at.
			held := max(0, e.cfg.ReviewAt-1)
			detail := fmt.Sprintf("%s is a weak sign and nothing else agrees: held at %d, below review (%d)", lone, held, e.cfg.ReviewAt)
			reasons = append(reasons, lead.Reason{Code: CodeUncorroborated, Points: held - total, Stage: lead.StageScreen, Detail: detail})
			score = held
		}
	}
	switch {
	case score >= e.cfg.JunkAt:
		return score, lead.ScreenJunk, reasons
	case score >= e.cfg.ReviewAt:
		return score, lead.ScreenReview, reasons
	}
	return score, lead.ScreenPass, reasons
}

// uncorroborated reports whether the strongest sign is weak and the other
// signs weigh less than the corroboration points together, and names the
// weak sign. Points of one code across several fields are one sign: the
// name model that misreads a rare first name misreads the last name too.
func (e *Engine) uncorroborated(in *Input, reasons []lead.Reason) (string, bool) {
	byCode := map[string]int{}
	for _, r := range reasons {
		byCode[r.Code] += r.Points
	}
	top, topPoints, rest := "", 0, 0
	for _, code := range slices.Sorted(maps.Keys(byCode)) {
		p := byCode[code]
		// On a tie the decisive sign is the strongest.
		if p > topPoints || p == topPoints && p > 0 && e.weak[top] && !e.weak[code] {
			top, topPoints = code, p
		}
	}
	apart := e.askingApart(in, top)
	for code, p := range byCode {
		if code != top && code != apart && p > 0 {
			rest += p
		}
	}
	if top == "" || !e.weak[top] || rest >= e.cfg.Evidence.corroboration() || e.corroboratesItself(top, topPoints, in) {
		return "", false
	}
	return top, true
}

// askingApart returns the sign that may not corroborate top, or "": in a
// message that asks something of us (askingOfUs), the spam model and a
// messenger do not corroborate each other. The model learnt from English
// mail, where a number to write to is spam's; a buyer from Dakar or
// Yangon who asks whether we take Orange Money or support Burmese gives
// the WhatsApp or Viber it reads, and the model reads the payment words
// and the number as spam (0.90–0.96). One habit of writing read twice is
// one finding.
func (e *Engine) askingApart(in *Input, top string) string {
	var other string
	switch top {
	case CodeSpamModel:
		other = CodeMessengerContact
	case CodeMessengerContact:
		other = CodeSpamModel
	default:
		return ""
	}
	if in == nil || askingOfUs(in.msg.text, in.msg.words) == "" {
		return ""
	}
	return other
}

// corroboratesItself reports a weak sign whose own findings include one
// its usual false alarm cannot explain. The name model misreads a rare
// personal name, and then the address made from that name too, but a rare
// name does not explain a company or a one-word message that read as mash
// as well: those are a second, independent finding.
func (e *Engine) corroboratesItself(code string, points int, in *Input) bool {
	if in == nil || in.Sub == nil {
		return false
	}
	if code == CodePlaceholderIdentity {
		// Real people are called Peter Parker or Jan Kowalski; a real
		// person does not also work at "Example GmbH" from a qa+ inbox.
		// Two placeholder pieces are two findings.
		return points >= 2*e.points[CodePlaceholderIdentity]
	}
	if code == CodeBotUserAgent {
		// A server integration posts with an HTTP library and claims no
		// page; an automation client that also claims a browser page (a
		// referer, an origin, a render time, a token) is a bot posing as
		// a visitor.
		return claimsPage(in)
	}
	if code != CodeGibberishName {
		return false
	}
	d := namesDetector{e}
	f := &in.Sub.Fields
	company := strings.TrimSpace(f.Company)
	if company != "" && d.gibberish(company, letterCount(company)) || d.gibberishWord(f.Message) {
		return true
	}
	// A person with a rare name has an address made from it; mash in the
	// address that shares nothing with the name was typed separately.
	return in.Email.Valid && d.gibberishLocal(in.Email.Local) && !madeFromName(in.Email.Local, f.FirstName, f.LastName)
}

// claimsPage reports whether a submission claims to come from a browser
// page: a referer, an origin, a render time or a render token.
func claimsPage(in *Input) bool {
	c := in.Sub.Context
	return strings.TrimSpace(c.Referer) != "" || strings.TrimSpace(c.Origin) != "" ||
		c.ElapsedMS != nil || strings.TrimSpace(in.Sub.Control.Token) != ""
}

// nameRunLen is how many letters in a row an address must share with a
// name to count as made from it ("mrodriguez" from "María Rodríguez").
const nameRunLen = 3

// madeFromName reports whether the letters of an email local part share
// a run of nameRunLen letters with the first or the last name (folded:
// lower case, no diacritics).
func madeFromName(local, first, last string) bool {
	l := localLetters(strings.ToLower(local))
	for _, name := range []string{first, last} {
		n := []rune(strings.ReplaceAll(foldText(name), " ", ""))
		for i := 0; i+nameRunLen <= len(n); i++ {
			if strings.Contains(l, string(n[i:i+nameRunLen])) {
				return true
			}
		}
	}
	return false
}
