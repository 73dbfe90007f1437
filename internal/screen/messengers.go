package screen

import (
	_ "embed"
	"strings"
	"sync"
)

// Messengers as the world writes them (issue 11, task channels). The
// message checks knew the chat apps by their Latin names and a few
// Cyrillic, Arabic and CJK ones, so an advert that wrote "واٹس ایپ کریں
// 0300…", "ቴሌግራም: @…" or "হোয়াটসঅ্যাপ 01712…" gave no way round the
// form, and the advert model's confidence (0.89–0.96) met nothing to
// corroborate it. The table in data/messengers.txt holds the apps in
// every major script and language, as senders write them; beside a number
// or a handle a name is the channel the spam checks want, as "WhatsApp
// +…" is. The social networks (Instagram, Facebook, TikTok…) count only
// beside a handle: a shop names the network it sells on and leaves its
// phone number.
//
// It also holds the ways round the form that name no app: a word of
// texting before a keyword in capitals and a number ("Tuma SMS BET kwa
// 29055", "text WIN to 80080": a short code, which no customer asks a
// seller of software to text), and a call to write on a page, an inbox or
// a profile of the sender's ("inbox me", "пишите в личку") — weak, and
// counted only where a model is confident of an advert (see modelOffer).

//go:embed data/messengers.txt
var messengersFile string

// messengersHeader is what the table's lines hold before the entry.
const messengersHeader = "LANGUAGE KIND"

// messengerKinds are the table's kinds: an app's kind names it, and tells
// whether a number beside it is enough (a messenger) or a handle is
// needed (a social network).
var messengerKinds = map[string]struct {
	name   string
	social bool
}{
	"whatsapp": {"WhatsApp", false}, "telegram": {"Telegram", false}, "viber": {"Viber", false},
	"wechat": {"WeChat", false}, "line": {"LINE", false}, "kakaotalk": {"KakaoTalk", false},
	"zalo": {"Zalo", false}, "imo": {"IMO", false}, "skype": {"Skype", false}, "qq": {"QQ", false},
	"instagram": {"Instagram", true}, "facebook": {"Facebook", true}, "tiktok": {"TikTok", true},
	"snapchat": {"Snapchat", true}, "discord": {"Discord", true},
	"sms": {}, "page": {},
}

// messengerTable is the table, filed for lookup.
type messengerTable struct {
	entries []vocabLine
	// spaced are the entries matched as whole words, by kind ("app" for
	// every app), folded (a stem keeps its *); unspaced those matched
	// inside words (see matchedInside), without their spaces.
	spaced, unspaced map[string][]string
	app              map[string]string // an app's entry, folded (a stem without its *) -> its kind
}

// messengers returns the table, read at its first use.
var messengers = sync.OnceValue(func() *messengerTable {
	return mustFileVocab("messengers.txt", messengersFile, messengersHeader, messengerKinds, messengersLines, fileMessengers)
})

// parseMessengers reads the table's text, as its tests do.
func parseMessengers(text string) (*messengerTable, error) {
	return parseVocab("messengers.txt", text, messengersHeader, messengerKinds, fileMessengers)
}

// fileMessengers files the table's lines.
func fileMessengers(lines []vocabLine) (*messengerTable, error) {
	t := &messengerTable{entries: lines, spaced: map[string][]string{}, unspaced: map[string][]string{},
		app: map[string]string{}}
	for _, l := range lines {
		group := l.kind
		if messengerKinds[l.kind].name != "" {
			group = "app"
		}
		if matchedInside(strings.TrimSuffix(l.text, "*")) {
			key := strings.ReplaceAll(l.folded, " ", "")
			t.unspaced[group] = append(t.unspaced[group], key)
			t.app[key] = l.kind
			continue
		}
		t.app[l.folded] = l.kind
		if strings.HasSuffix(l.text, "*") {
			t.spaced[group] = append(t.spaced[group], l.folded+"*")
		} else {
			t.spaced[group] = append(t.spaced[group], l.folded)
		}
	}
	return t, nil
}

// find returns the first entry of group ("app", "sms" or "page") in m,
// as vocabFind does for the spam table, or "".
func (t *messengerTable) find(group string, list phraseList, m foldedText) string {
	if p := list.find(m); p != "" {
		return p
	}
	if !hasWideRunes(m.text) {
		return ""
	}
	joined := strings.ReplaceAll(m.text, " ", "")
	for _, u := range t.unspaced[group] {
		if strings.Contains(joined, u) {
			return u
		}
	}
	return ""
}

// messengerList is the table's entries of a group in scripts written
// with spaces, as a phrase list of the phrase book.
func messengerList(group string) phraseList {
	lp := &lazyPhrases{}
	lp.build = func() { lp.index = indexFoldedPhrases(messengers().spaced[group]) }
	return phraseList{lp}
}

// The table's apps, words of texting and pages as phrase lists.
var (
	messengerApps  = messengerList("app")
	messengerTexts = messengerList("sms")
	messengerPages = messengerList("page")
)

// namedApp returns the app a message names by the table (its name for a
// reason) and whether it is a social network, or "". m is the message
// folded.
func namedApp(m foldedText) (string, bool) {
	t := messengers()
	e := t.find("app", messengerApps, m)
	if e == "" {
		return "", false
	}
	k := messengerKinds[t.app[e]]
	return k.name, k.social
}

// tableMessenger returns the app of the table a message asks to be
// reached on, or "": its name, and beside it a number of seven digits or
// more or a handle (a messenger), or a handle (a social network). lower
// is the message lower-cased, digits its digits.
func tableMessenger(lower string, digits int) string {
	if app := spacedMessengerLink(lower); app != "" {
		return app
	}
	if digits < 7 && !strings.Contains(lower, "@") && !strings.Contains(lower, "id") && !hasAnyOf(lower, "号") {
		return "" // no number or handle: most messages
	}
	app, social := namedApp(newFoldedText(foldText(lower)))
	if app == "" {
		return ""
	}
	if digits >= 7 && !social || contactHandle.MatchString(lower) {
		return app
	}
	return ""
}

// smsKeyword is a keyword in capitals (quoted or not) and after it, past
// a short word ("to", "kwa", "на") or an arrow, a number of four digits
// or more: "BET kwa 29055", "'YES' ku 0711", "WIN to 80080".
var smsKeyword = newLazyRegexp(`(?:^|[\s"'“‘«(-])["'“‘«]?\p{Lu}{2,12}["'”’»]?\s+(?:\p{L}{1,5}\s+|[-–:→>]+\s*)?\+?\d[\d ]{3,}`)

// textedKeyword returns a keyword to text to a number the message gives
// ("Tuma SMS 'BET' kwa 29055"), or "": a word of texting of the table and
// a keyword in capitals before a number. m is msg folded.
func textedKeyword(msg string, m foldedText, digits int) string {
	if digits < 4 {
		return ""
	}
	if messengers().find("sms", messengerTexts, m) == "" {
		return ""
	}
	if k := smsKeyword.FindString(msg); k != "" {
		return "a keyword to text to a number " + quote(strings.TrimSpace(k), 30)
	}
	return ""
}

// tablePage returns a call to write on a page, an inbox or a profile of
// the sender's by the table ("inbox me", "пишите в личку"), or "".
func tablePage(m foldedText) string {
	if p := messengers().find("page", messengerPages, m); p != "" {
		return "a page named as the place to write " + quote(p, 30)
	}
	return ""
}

// tableCalledApp returns a messenger of the table the message names
// without its number or handle, as calledMessenger does for the Latin
// names, or "": weak, asked only where a model is confident of an advert.
// A social network named alone is no place to write: it is as often what
// the advert sells ("aged Instagram accounts").
func tableCalledApp(m foldedText) string {
	if app, social := namedApp(m); app != "" && !social {
		return app + " named as the place to write"
	}
	return ""
}

// linkDots are the ways a chat link's dot is spaced or bracketed apart
// so that link filters miss it ("t . me/…", "wa[.]me/…").
var linkDots = strings.NewReplacer(" . ", ".", " .", ".", ". ", ".", "[.]", ".", "(.)", ".", " dot ", ".")

// spacedMessengerLink returns the app of a chat link (messengerLinks)
// written with its dot spaced or bracketed apart, or "".
func spacedMessengerLink(lower string) string {
	if !strings.Contains(lower, "/") || !strings.Contains(lower, "me") && !strings.Contains(lower, "link") {
		return ""
	}
	joined := linkDots.Replace(lower)
	if joined == lower {
		return ""
	}
	for _, l := range messengerLinks {
		if strings.Contains(joined, l[0]) {
			return l[1]
		}
	}
	return ""
}
