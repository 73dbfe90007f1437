package screen

// The word-list forms of the message checks, which the detector replaced
// with its one-pass scan over vocabulary ids. The equivalence tests
// (perf3, perf5, msg_equiv) still drive them as references.

import (
	"strings"

	"github.com/leadsieve/leadsieve/internal/wordtable"
)

// messengerAppTable is messengerApps for fast lookups.
var messengerAppTable = wordtable.SetOf(messengerApps)

// messengerContact returns the chat app a message asks to be contacted on,
// or "": the app's name together with a phone number (7+ digits), an
// @handle or a t.me / wa.me link. Asking whether a product integrates with
// WhatsApp names the app without contact details and does not count.
func messengerContact(lower string, words []string, digits int) string {
	app := ""
	for _, w := range words {
		// The apps that count are 5 to 8 bytes long: skip the lookup
		// for other words.
		if len(w) >= 5 && len(w) <= 8 && messengerAppTable.Has(w) && w != "wa" && w != "tg" && w != "signal" {
			app = w
			break
		}
	}
	return messengerAt(lower, app, digits)
}

// match finds the phrases among words (lower-cased message words in order)
// and, when the message has CJK text, in lower. At each position only the
// longest matching phrase counts, and a phrase inside an earlier match
// ("casino" within "online casino") is not counted again.
func (ps *phraseSet) match(words []string, lower string, cjk bool, h *phraseHits) {
	var text strings.Builder
	spans := make([][2]int32, len(words))
	ids := make([]int32, len(words))
	for k, w := range words {
		spans[k][0] = int32(text.Len())
		text.WriteString(w)
		spans[k][1] = int32(text.Len())
		ids[k] = ps.vocab.lookup(w)
	}
	ps.matchSpans(text.String(), spans, ids, false, h)
	if cjk {
		ps.matchCJK(lower, h)
	}
}
