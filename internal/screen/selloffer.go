package screen

import (
	"strings"
)

// An advert for anything, sent through a contact form, has the seller's
// side of a sale and a way round the form, whatever it sells: a price or
// a discount ("$5", "30% bonus", "billigt", "недорого", "ราคาถูก") or a
// spam phrase, and a messenger, an @handle or an app ID, or a disguised
// link. spamOffer needs the trade named (casinos, loans, SEO); bulk spam
// for a trade no list names (diplomas, likes, lottery tips, reviews in
// Thai) still prices itself and still asks to be reached elsewhere. A
// buyer who names a price asks about our product or gives no channel but
// the form; a customer who gives a phone number for a call back is not
// selling, so a bare phone number counts only beside a spam phrase, never
// beside a price alone.

// priceTag is an amount of money or a percentage, as adverts write them.
// A currency after the number must end the word (Cyrillic is not an ASCII
// word character, so \b would not do).
var priceTag = newLazyRegexp(`(?i)(\$|€|£|₽|₹|¥|₩|₺|₴|₫|฿|₪|r\$)\s?\d|\d[\d.,]*\s?(\$|€|£|₽|₹|¥|₩|₺|₴|₫|฿|₪|руб|грн|usd|eur|tl|zł|zl|kč|vnd|đ|rp|rs)(\P{L}|$)|\d[\d.,]*\s?(万|千)?(円|元|块|圆)|\d\s?%|%\s?\d`)

// cheapWords call the offer cheap, folded (see foldText; a trailing *
// matches any ending), in the languages form spam arrives in.
var cheapWords = foldedPhrases(
	"cheap", "cheapest", "low price", "best price", "billig*", "gunstig*", "barat*", "baratissimo", "pas cher", "a bas prix",
	"prezzi bassi", "economico", "tanie", "tanio", "tanich", "goedkoop", "levne", "olcso", "ucuz", "billigt",
	"недорог*", "дешев*", "дёшев*", "дешево", "дешевле", "недорого", "murah", "gia re", "re nhat", "φθηνα",
)

// cheapScripts are the same in scripts matched as written.
var cheapScripts = []string{"便宜", "低价", "特价", "格安", "激安", "저렴", "최저가", "ราคาถูก", "सस्ता", "सस्ते", "رخيص", "بسعر", "זול"}

// sellCue returns the seller's side of a sale in a message, or "".
func sellCue(msg string, m foldedText, digits int) string {
	if digits > 0 {
		// Every price and percentage has a digit; most messages have none.
		if p := priceTag.FindString(msg); p != "" {
			return "a price " + quote(strings.TrimSpace(p), 12)
		}
	}
	if c := cheapWords.find(m); c != "" {
		return "the word " + quote(c, 16)
	}
	for _, c := range cheapScripts {
		if strings.Contains(msg, c) {
			return "the word " + quote(c, 16)
		}
	}
	return ""
}

// cyrillicDotLink is a domain written with a dot word and a TLD in
// Cyrillic letters ("dengi-bystro точка ру"), which spelledTLDs (Latin)
// does not read.
var cyrillicDotLink = newLazyRegexp(`(?i)[\p{L}\p{N}-]{2,}\s*(\.|точка|крапка|\[точка\]|\(точка\))\s*(ру|рф|ком|нет|орг|укр|су)(\P{L}|$)`)

// appID returns an account written right after a messenger's name without
// an @ ("카톡 casino77", "LINE fx_auto"), or "": a token of ASCII letters,
// digits, dots and underscores with a digit or an underscore in it, which
// a word of prose never has.
func appID(lower string) string {
	for _, m := range messengerScripts {
		if i := strings.Index(lower, m[0]); i >= 0 {
			if id := idAfter(lower[i+len(m[0]):]); id != "" {
				return m[1] + " " + id
			}
		}
	}
	for name, app := range messengerNames {
		if app == "" {
			continue
		}
		if i := strings.Index(lower, name); i >= 0 {
			if id := idAfter(lower[i+len(name):]); id != "" {
				return app + " " + id
			}
		}
	}
	return ""
}

// idAfter returns the account ID that opens s (after spaces and a colon),
// or "".
func idAfter(s string) string {
	s = strings.TrimLeft(s, " \t:：")
	end := strings.IndexFunc(s, func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_' || r == '.')
	})
	if end < 0 {
		end = len(s)
	}
	id := strings.TrimRight(s[:end], ".")
	if len(id) < 4 || len(id) > 32 || !strings.ContainsAny(id, "0123456789_") || strings.Trim(id, "0123456789") == "" {
		return ""
	}
	return id
}

// sellOffer explains why a message is an advert by its two parts (see
// above), or returns "". phrases are the spam phrases the message holds;
// product what it asks about our product; channel the way round the form
// the message detector found already, if any.
func sellOffer(msg, lower string, m foldedText, words []string, st msgStats, phrases []string, product, channel string) string {
	if product != "" || asksQuestion(msg) {
		return ""
	}
	cue := ""
	if len(phrases) > 0 {
		cue = "the spam phrase " + quote(phrases[0], 24)
	} else if t := listedTrade(msg, m); t != "" {
		// A listed trade whose way round the form spamOffer does not
		// read (an app ID without an @, a Cyrillic TLD spelt out).
		cue = "the trade " + quote(t, 24)
	} else {
		cue = sellCue(msg, m, st.digits)
	}
	if cue == "" {
		return ""
	}
	if channel == "" {
		channel = otherChannel(msg, lower, words, st.digits)
	}
	if channel == "" || channel == "a phone number" && strings.HasPrefix(cue, "a price") || channel == "a phone number" && strings.HasPrefix(cue, "the word") {
		// A price and a phone number is a customer quoting a bill
		// and asking for a call.
		channel = ""
		if id := appID(lower); id != "" {
			channel = "an account on " + id
		} else if l := cyrillicDotLink.FindString(msg); l != "" {
			channel = "a link with its dot written out " + quote(l, 30)
		} else {
			channel = moreChannel(msg, lower)
		}
	}
	if channel == "" {
		return ""
	}
	return "sells (" + cue + ") and gives a way round the form: " + channel
}

// listedTrade returns a trade of spamTrades, spamTradesCJK or moreTrade in
// a message, or "".
func listedTrade(msg string, m foldedText) string {
	if t := spamTrades.find(m); t != "" {
		return t
	}
	if found := firstIn(msg, spamTradesCJK); found != "" {
		return found
	}
	return moreTrade(msg, m)
}
