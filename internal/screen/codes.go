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
	DetContent     = "content"
	DetPhone       = "phone"
	DetVelocity    = "velocity"
	DetEngine      = "engine"
)

// DetectorNames lists every detector in the order they run.
var DetectorNames = []string{
	DetHoneypot, DetRenderToken, DetUserAgent, DetOrigin, DetEmail, DetNames,
	DetMessage, DetContent, DetPhone, DetCaptcha, DetMX, DetVelocity,
}

// Reason codes.
const (
	CodeHoneypotFilled        = "honeypot_filled"
	CodeSubmitTooFast         = "submit_too_fast"
	CodeSubmitInstant         = "submit_instant"
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
	CodeGeneratedAddress      = "generated_address"
	CodeFreeMail              = "free_mail"
	CodeRoleAccount           = "role_account"
	CodeEmailDomainTypo       = "email_domain_typo"
	CodeEmailNoMX             = "email_no_mx"
	CodeEmailConfusableDomain = "email_confusable_domain"
	CodeEmailInvalidTLD       = "email_invalid_tld"
	CodeEmailUnverified       = "email_unverified"
	CodeGibberishName         = "gibberish_name"
	CodeRepeatedChars         = "repeated_chars"
	CodeURLInName             = "url_in_name"
	CodeSameValueEverywhere   = "same_value_everywhere"
	CodeDigitsInName          = "digits_in_name"
	CodeTestEntry             = "test_entry"
	CodeKeyboardPattern       = "keyboard_pattern"
	CodePlaceholderIdentity   = "placeholder_identity"
	CodeMessageLinks          = "message_links"
	CodeMarkupInMessage       = "markup_in_message"
	CodeSuspiciousLink        = "suspicious_link"
	CodeMessengerContact      = "messenger_contact"
	CodeObfuscatedLink        = "obfuscated_link"
	CodeSpamContent           = "spam_content"
	CodeSpamModel             = "spam_model"
	CodeVendorPitch           = "vendor_pitch"
	CodeVendorOutreach        = "vendor_outreach"
	CodeAdCopy                = "ad_copy"
	CodeAbusiveMessage        = "abusive_message"
	CodeAllCaps               = "all_caps"
	CodeInjectionProbe        = "injection_probe"
	CodeTemplatePlaceholder   = "template_placeholder"
	CodeFieldLabelValue       = "field_label_value"
	CodeRandomCase            = "random_case"
	CodeKeywordStuffing       = "keyword_stuffing"
	CodeUnreadableMessage     = "unreadable_message"
	CodePhoneInvalid          = "phone_invalid"
	CodePhoneFake             = "phone_fake"
	CodePhoneCountryMismatch  = "phone_country_mismatch"
	CodeIPVelocity            = "ip_velocity"
	CodeEmailVelocity         = "email_velocity"
	CodeSubmissionBurst       = "submission_burst"
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
	{CodeSubmitTooFast, 60, DetRenderToken, "Submitted sooner after the form was rendered than a person types (render token or elapsed time below min_age), but not so soon that browser autofill cannot explain it: a weak sign, its full points at half of min_age falling with the square of the remaining gap, so that near min_age, where autofill submits, it weighs almost nothing."},
	{CodeSubmitInstant, 60, DetRenderToken, "Submitted sooner after the form was rendered than a person can even with browser autofill (below half of min_age): picking a suggestion and pressing the button take longer."},
	{CodeRenderTokenMissing, 40, DetRenderToken, "The form requires a render token and neither a token nor an elapsed time was sent."},
	{CodeRenderTokenInvalid, 60, DetRenderToken, "The render token is malformed, forged, issued in the future or issued for another form."},
	{CodeRenderTokenExpired, 20, DetRenderToken, "The form was rendered longer ago than max_age (stale tab or harvested token)."},
	{CodeRenderTokenReplayed, 60, DetRenderToken, "The render token was already used by an earlier submission."},
	{CodeRenderTokenUnchecked, 0, DetRenderToken, "A token was sent but could not be checked (no signer configured, or the replay store failed)."},
	{CodeBotUserAgent, 60, DetUserAgent, "The User-Agent is an HTTP library, crawler or headless browser, or a live request sends neither User-Agent nor Accept-Language (every browser sends both) while its Referer, Origin or render token claims a browser page. Not checked on server-fed forms (render_token: false); decisive when the submission also claims a browser page (a referer, an origin or a render time), weak otherwise."},
	{CodeUserAgentMissing, 10, DetUserAgent, "A live request arrived without a User-Agent."},
	{CodeAcceptLanguageMissing, 10, DetUserAgent, "A live request arrived without Accept-Language, which every browser sends."},
	{CodeOriginNotAllowed, 40, DetOrigin, "Origin or Referer names a site that is not among the form's allowed origins."},
	{CodeCaptchaMissing, 50, DetCaptcha, "The form requires a CAPTCHA and no response token was sent."},
	{CodeCaptchaFailed, 60, DetCaptcha, "The CAPTCHA provider rejected the response, or it was solved on another hostname or action."},
	{CodeCaptchaLowScore, 40, DetCaptcha, "The reCAPTCHA v3 score is below the form's min_score."},
	{CodeCaptchaUnverified, 5, DetCaptcha, "The CAPTCHA provider could not be reached; in fail-closed mode this scores as captcha_failed."},
	{CodeEmailInvalid, 60, DetEmail, "The email address is not syntactically valid, or its domain can receive no mail by its shape: an ending typed twice (.com.br.br), a free-mail domain with a suffix added (orange.fr.com), a single-domain provider's name under a suffix it does not use (gmail.es) or one letter from it (gmial.si)."},
	// Reserved, disposable, undeliverable, test, URL-in-name and
	// placeholder-phone signs are junk on their own (60 = junk_at): a B2B
	// lead form needs an address sales can answer and a person who meant to
	// be contacted.
	{CodeEmailReservedDomain, 60, DetEmail, "The email domain is reserved for examples or testing (example.com, .test, .invalid, localhost...): nobody can receive mail there."},
	{CodeEmailBlockedDomain, 60, DetEmail, "The email domain is on the rules file's blocked_domains list."},
	{CodeDisposableEmail, 60, DetEmail, "The email address belongs to a disposable (throw-away) mail service: on the merged lists, named as one in several languages (tempmail, fakeinbox, wegwerf-postfach, mail-jetable, correo-temporal), named for mail and a word that is none of the sender's names or firm (enkratna-posta.si), or, with the MX check on, its mail goes to such a service's MX hosts."},
	{CodeGeneratedAddress, 40, DetEmail, "The address is shaped as a throwaway generator hands them out, at a domain no list knows: a made-up word whose consonants and vowels alternate with three to five digits (not a year), or a random run of letters and digits, sharing no run of three letters with the sender's name, at a domain that is not free mail, well known or the sender's company's. A weak sign: real people pick such handles at small providers too, so it needs a second sign to make junk."},
	{CodeFreeMail, 0, DetEmail, "The email address belongs to a free-mail provider (a fit signal, not junk)."},
	{CodeRoleAccount, 10, DetEmail, "The email is a role account (info@, sales@, noreply@...) rather than a person."},
	{CodeEmailDomainTypo, 15, DetEmail, "The email domain looks like a typo of a popular domain; a suggestion is kept."},
	{CodeEmailConfusableDomain, 60, DetEmail, "The email domain imitates another one: full-width letters, Latin mixed with Cyrillic or Greek look-alikes, or a skeleton (look-alikes and dotless i replaced) that equals a well-known or free-mail domain it is not."},
	{CodeEmailInvalidTLD, 60, DetEmail, "The email domain ends in a top-level domain that does not exist in the IANA root zone (.con, .cmo, .comm...): nobody can receive mail there."},
	{CodeEmailNoMX, 60, DetMX, "The email domain has neither MX nor A/AAAA records (or a null MX): it cannot receive mail."},
	{CodeEmailUnverified, 0, DetMX, "The DNS lookup of the email domain failed; nothing is concluded."},
	{CodeGibberishName, 30, DetNames, fmt.Sprintf("A name, company or email local part looks like keyboard mash to the character model; points per field, capped at %dx.", gibberishFieldsCap)},
	{CodeRepeatedChars, 25, DetNames, "A name or company is one character repeated (aaaa, xxxx)."},
	{CodeURLInName, 60, DetNames, "A name or company field contains a URL or an email address: a link, a short link, a bare domain in a person's name (not an initial or a title: J.Smith, Dr.No), or in a company a link with a path or a domain under a TLD spam favours (a company named for its site, Booking.com, is none)."},
	{CodeSameValueEverywhere, 40, DetNames, fmt.Sprintf("The same value was typed into every filled text field (at least three; case, spaces and an address made of the value aside); from %d fields on, twice the points.", sameValueStrongFields)},
	{CodeDigitsInName, 15, DetNames, "A person's name contains digits."},
	{CodeTestEntry, 60, DetNames, "The submission looks like a test entry (test, asdf, qwerty, John Doe at example.com, Mickey Mouse...)."},
	{CodeKeyboardPattern, 30, DetNames, fmt.Sprintf("A name, company or email local part is typed along the keyboard (row sweeps like asdfgh, column runs like qazwsx, drummed keys like jkjkj) on a QWERTY, QWERTZ, AZERTY or ЙЦУКЕН layout; points per field, capped at %dx.", keyboardFieldsCap)},
	{CodePlaceholderIdentity, 30, DetNames, fmt.Sprintf("A placeholder identity: a name used for \"anybody\" in some language (John Doe, Max Mustermann, Jan Kowalski, 张三...) or a fictional character, an \"Example GmbH\" or \"Test Company\" in many languages, a QA inbox (qa+tag@), a placeholder domain, a test message in any language, a message that asks not to be answered, lorem ipsum, a pangram or other filler text, a fictional firm (Contoso, Initech, Dunder Mifflin), an address at a test environment's host (staging., dev.), single letters or dashes in every field, a firm or domain named only \"example\" or \"test\" in its own language and script (Näidisettevõte OÜ, บริษัท ตัวอย่าง จำกัด), a message of a few words that names itself a test, lorem ipsum in another script, a tester's note in a message that asks nothing else (\"no need to reply\", \"just testing the form\"), a job title or department for a name, the words of test automation in a field (Cypress Bot, Northwind QA, a run or a build with its number, an expected status code, +abtest-variantB), once a field; points per piece, capped at %dx. A name nobody bears (Max Mustermann, Fulano, Gipsz Jakab, Mickey Mouse), a name that says test twice, a company called Example, a fictional firm at its own domain, a test that asks not to be answered (in any language the tables read), job titles or roles as first and last name, the words of test automation in two fields, filler text and one key in three fields count twice; names real people bear too (Jan Kowalski, Peter Parker), and a nobody's name that is the family's own firm and domain (Mustermann Fliesen at mustermann-fliesen.de), once. Read from the whole submission: a first name that is also the firm's and the message's word (Sınaq of Sınaq MMC writing \"sınaq mesajı\"), a number or a ticket for a name, with a message that asks for nothing a second piece; machine identifiers in three fields, one key held down in two, a text that uses each letter once (a kana pangram) and a message that is only an instruction not to act count twice.", placeholderPiecesCap)},
	{CodeMessageLinks, 10, DetMessage, fmt.Sprintf("The message contains %d or more links; points per link beyond the first, capped at %dx.", messageLinksMin, messageLinksCap)},
	{CodeMarkupInMessage, 30, DetMessage, "The message contains HTML tags or BBCode links; a bare tag (\"<script>\") named in a report about a probe is not counted (see injection_probe)."},
	{CodeSuspiciousLink, 30, DetMessage, "The message links to a top-level domain that spam favours (.xyz, .top, .click, .shop, .site, .online...); one reason however many links."},
	{CodeMessengerContact, 30, DetMessage, "The message asks to be contacted on Telegram, WhatsApp, WeChat, Viber, Skype, LINE, KakaoTalk or Zalo (named in any of several languages and scripts) and gives a number, handle, ID or chat link."},
	{CodeObfuscatedLink, 40, DetMessage, "The message disguises a link from link filters: hxxp://, \"site dot com\", site[.]com, (dot), or spaces inside the URL."},
	{CodeSpamContent, 40, DetMessage, fmt.Sprintf("The message contains spam phrases (pharma, casino, crypto, loans...); +%d%% per extra phrase, capped at %dx; one phrase weighs half in a message that asks about our product (a supplement shop asking for a demo). Twice the points for a trade that lives on spam (SEO and backlinks, casinos and betting, crypto profits, quick loans, bought reviews or followers, in many languages) offered with a way round the form (a messenger, a disguised or cheap link, an @handle, a phone number), unless the message asks about our product; look-alike letters are read as they look. Bought reviews and traffic, adult dating, prizes, replicas, trading signals, invoices for sale and a promise of income by the day, week or month count as such trades, and so do the trades of a table of the world's most spoken languages and every major script (internal/screen/data/spamvocab.txt) offered with an offer of the table (no documents or checks, income by the day, guaranteed, a deposit bonus, discreet delivery) or a call to act, in a message that asks nothing of us; a link spelt out letter by letter, with a middle dot for its dot or in full-width letters, a QQ number, or a bare link in a message that asks nothing as a way round the form. Phrases in quotation marks in a message that asks a question are not counted. An advert for any trade counts the same: a price, a percentage or a word for cheap (or a spam phrase or a listed trade) with a messenger, an @handle, an app ID or a disguised link, in a message that asks nothing; a price with a bare phone number is a customer's bill and does not. So does a message the spam model (or, where it is less sure, the advert model of every script, internal/screen/abusetext) scores %.1f or more that gives a messenger with a handle or number, a disguised or cheap link, asks nothing of us and names no buyer's need or our product (the model reads the trades no list names), and spam phrases in a message that asks nothing of us and that the spam model scores %.1f or more (or, in a message mostly in other scripts, which the spam model does not read, the advert model %.1f or more). A messenger named in any major script or spelling beside its number or handle (the table internal/screen/data/messengers.txt: \"واٹس ایپ کریں …\", \"ቴሌግራም: @…\"; a social network beside a handle), a chat link with its dot spaced apart (\"t . me/…\"), a keyword in capitals to text to a number (\"Tuma SMS BET kwa …\", \"text WIN to …\") and a page, inbox or profile of the sender's named as the place to write are such ways round the form; and a question that opens with an advert's hook about the reader's own need (or ends with it, in a language that puts its verb last: the hooks of the spam table in every language it holds, \"Kuna bukatar rance?\", \"Precisa de crédito?\", \"Eensaam?\") asks nothing of us unless it names us or our product. Advertising copy (the cues of ad_copy) that the spam model, or the advert model of every script, scores %v or more in a message of %d words or more that asks nothing of us counts the same, with or without a contact (a remedy's copy with a bare phone number).", phraseExtraPercent, phrasePointsCap, modelOfferAt, modelAgreesAt, modelOfferAt, modelOfferAt, modelAdCopyWords)},
	{CodeSpamModel, 60, DetMessage, fmt.Sprintf("The trained spam-text model (internal/screen/spamtext) reads the message as bulk spam: full points at p >= %v, half at p >= %v, a quarter at p >= %v. Short and non-Latin messages are not scored.", spamModelFull, spamModelHalf, spamModelQuarter)},
	{CodeVendorPitch, 40, DetMessage, fmt.Sprintf("The message is a vendor pitch (SEO, web design, lead lists, outsourcing...); +%d%% per extra phrase, capped at %dx.", phraseExtraPercent, phrasePointsCap)},
	{CodeVendorOutreach, 40, DetMessage, "The message is cold outreach as a class, in several languages: the sender offers a service (\"we provide\", \"nuestro equipo\"), names it (staff augmentation, lead lists, app development, SEO, funding...) and asks for a short call (\"a quick call\", a few minutes), with no question about our product: half again as much as the points, twice the points when the sender also introduces themselves or cites clients; half the points when the offer or the call is missing. Without a named service, an offer, an introduction, credentials and an ask count too (three of them: the points; all four: half again as much). \"On behalf of\" is no buyer's sign; procurement, purchasing, a quote or reselling our product are. By its shape too (half again as much): two of the ways a provider speaks (who it is: \"we are a\", \"somos una\"; an offer verb; a service, a provider such as an agency, a studio, a consultant), and a proposal to meet (a call, a chat, a few minutes, put as a question or an invitation), with no question about our product and no need of the sender's own (a problem, a plan, a request for advice). And by the direction of the offer (half again as much, junk on its own): two ways in which the sender offers its own work for our business — an offer (\"we offer\", \"le ofrecemos\"), credentials (\"over N companies\"), its own next step or terms (\"shall I send a proposal\", \"fixed fee\", \"Interested?\"), our business as its object (\"your website\", \"su empresa\"), an offer with us as its object (\"we offer you\", \"proponujemy Państwu\", counts twice), what it can do for our business (\"we could rewrite your homepage\", \"wir können Ihre IT betreuen\", twice when the verb is a provider's work) — with no buyer's sign (our product, a price, a purchase, a need of its own, a request to us), in about fifteen languages. And by the moves of outreach that name no service (half again as much, junk on its own): two of a follow-up on the sender's own unanswered message (\"just bumping this\", \"mijn vorige bericht\"), an investor's or a lender's interest (\"we invest in\", \"your fundraising\", \"no equity\"), a finding about our site reported unasked (\"I ran an audit of your site\", \"abbiamo analizzato il vostro sito\"), something of the sender's own (a contact list, candidates, a podcast slot, its own rates, a delivery time) and a question whether we are interested — one of the first four among them — with no buyer's sign of weight: \"your product\" and a security audit are the vendor's words as often as a buyer's and do not clear it, a quote offered after \"interested\" and the sender's own rates are no buyer's sign."},
	{CodeAdCopy, 40, DetMessage, "The message is advertising copy selling a product to the reader, in several languages: a price offer (a discount, a price \"only\" costs, a price named as such, a seller's price: from an amount, by the piece or by the batch (\"ab … € pro Stück\", \"à partir de … €\", a thousand followers \"for\" a price), an old price struck through), a call to order, a product claim (natural ingredients, no side effects, results in days, kilos lost in weeks), the product with its dose (capsules a day), delivery terms (cash on delivery, free or discreet shipping), urgency (only today, the official website), a headline (an exclaimed line with 75% of its words capitalised) or a tracking link (/go, /offer, ?ref=). A bundle deal or a small price written with numbers counts in any language (two plus one, two for one, buy three pay two, \"only\" and an amount without a currency). Half the points per kind of cue, capped at 2x; half of that when the message asks about our product (a demo, a quote, seats). A remedy (weight, joints, potency, blood pressure, sugar, veins, hair, sleep, snoring, hearing...) with one more cue, or named with the form it is sold in (drops, capsules, cream), weighs the points and a half: junk on its own; so do a weight lost in a time (\"acht kilo in vier weken\") with another kind of cue, and the form a remedy is sold in, as a word or ending a compound (\"Hårväxtserum\"), with a cue other than itself."},
	{CodeAbusiveMessage, 30, DetMessage, fmt.Sprintf("The message swears (the points; half in a customer's or buyer's request: an invoice, a quote, seats), or is abuse (%dx): insults or threats aimed at the recipient, or mostly swearing and insults (%d or more words, %d%% of them, on curated lists and the vendored naughty-words lists) asking for nothing, in several languages and scripts; an insult shouted as a clause of its own (\"…, dickheads.\") counts twice; a short message (%d words or fewer) that calls someone a name and asks for nothing is abuse, unless the name follows a word of prevention (\"stop scammers\"); contempt for what the reader makes (\"your portal is crap\") in a customer's request is no insult; a judgment of the reader (\"you are…\", \"ihr seid…\", \"вы…\", \"Espèce de…\") with a hostile word or a demand to go, asking for nothing, an ill wish (\"I hope your company goes bankrupt\") and a veiled threat (\"you will not like it\") are abuse; so are contempt that speaks to the reader or sends them away and asks for nothing, a sexual remark about a woman of the reader's staff, and hate aimed at a people. Swear words hidden from word lists (f*ck, sh1t, a$$holes, f u c k, fuuuck, look-alike or invisible letters inside) are read as written out; a swear word in a question weighs half; what a message that asks a question quotes is left out (single quotes too, when they open and close at word edges). A first-person promise to come for the reader or their office, home or family (\"I will find your office\", \"я вас найду\") or a warning that it will go badly for them or that the sender knows their address, and a second-person word followed closely by an insult in Chinese, Japanese or Korean (\"你们这群垃圾\"), asking nothing, are abuse too; and, in a message that asks nothing, lumping the reader into a crowd (\"you are a bunch of…\"), telling them to die, promising to post their people's addresses or photos, the same insult concepts in every script, a question that only insults (\"What kind of moron…?\"), and a score of %.1f or more from the abuse model (character n-grams of every script, internal/screen/abusetext; its score is in the detail). Contempt beside a disguised link or messenger handle weighs the points. The abuse vocabulary of the world's languages (internal/screen/data/abusevocab.txt) adds, in the language it names: curses, wishes of harm and threats wherever they stand; insults, \"crooks\", scorn and vulgar words aimed at the reader (a word that addresses them near, a shout, a message of %d words or fewer, or a message mostly of them), in a message that asks nothing (a question that only scorns asks nothing; a request or thanks in the table's languages does); its vulgar words alone weigh the points, half in a request.", abusePointsCap, mostAbuseWords, mostAbuseShare, shortAbuseWords, abuseModelAt, vocabShortWords)},
	{CodeAllCaps, 15, DetMessage, fmt.Sprintf("The message is written in capitals (at least %d%% of %d+ letters).", allCapsPercent, allCapsMinLetters)},
	{CodeUnreadableMessage, 40, DetMessage, "The message is mostly symbols, keyboard mash or mixed-script garbage."},
	{CodeInjectionProbe, 60, DetContent, fmt.Sprintf("A field holds an attack probe: SQL injection (' OR x=x, UNION SELECT), a script tag, a Log4Shell lookup, template injection, path traversal or a shell command. Half the points when the probe is told in a message of %d words or more written in sentences (a security researcher's report).", reportWords)},
	{CodeTemplatePlaceholder, 60, DetContent, "A field holds an unfilled mail-merge placeholder ({{first_name}}, [NAME], %FIRSTNAME%, {name}, *|FNAME|*) or spintax ({Hi|Hello}): a bulk template sent unfilled."},
	{CodeFieldLabelValue, 30, DetContent, fmt.Sprintf("A field holds a form label instead of a value (first name \"First Name\", company \"Firma\", \"Имя\"...), in several languages; points per field, capped at %dx.", labelFieldsCap)},
	{CodeRandomCase, 30, DetContent, fmt.Sprintf("A name or company has a word switching from lower to upper case %d or more times (aBcDeFgH), as random strings do; points per field, capped at %dx.", randomCaseSwitches, randomCaseFieldsCap)},
	{CodeKeywordStuffing, 30, DetContent, fmt.Sprintf("The message is a list of %d or more short comma-separated keywords, or repeats one keyword %d or more times as %d %% or more of its words with hardly a little word of a sentence (twice the points from %d times and %d %% of the words).", stuffingMinItems, repeatedKeywordMinCount, repeatedKeywordShare, repeatedKeywordStrongCount, repeatedKeywordStrongShare)},
	{CodePhoneInvalid, 20, DetPhone, "The phone number cannot be parsed, or is well formed but not in its country's numbering plan (a typo or an invented number: a quarter of the points)."},
	{CodePhoneFake, 60, DetPhone, fmt.Sprintf("The phone number is a placeholder: a digit sequence, repeated digits, a run of %d equal digits, or a number from a range the numbering plan reserves for films and examples (North America, the UK); no real line has it.", fakePhoneRun)},
	{CodePhoneCountryMismatch, 5, DetPhone, "The phone number belongs to another country than the one selected."},
	{CodeIPVelocity, 30, DetVelocity, fmt.Sprintf("Too many submissions from this IP address (IPv6: /%d) in the window.", ipv6CountPrefix)},
	{CodeEmailVelocity, 30, DetVelocity, "Too many submissions from this email address in the window."},
	{CodeRepeatedMessage, 40, DetVelocity, "The same message was sent from several different email addresses in the window."},
	{CodeSubmissionBurst, 60, DetVelocity, "More submissions from one IP address, one email address or with one message than a person can fill in (more than velocity.burst.max, each within velocity.burst.window of the last, or, from one IP or address, within ten windows in all). Judged in batch, where the whole export is known, so the first rows of a burst count too; live, an address's forms past the max within ten windows, counted from its earlier leads."},
	{CodeVelocityUnverified, 0, DetVelocity, "The submission counters could not be read; velocity checks were skipped."},
	{CodeDetectorError, 0, DetEngine, "A detector failed unexpectedly and was skipped."},
	{CodeUncorroborated, 0, DetEngine, "The strongest sign is a weak one (see \"Deciding from evidence\") and nothing else agrees: its negative points hold the score just below junk_at, so a person decides."},
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
