package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// messengerEntryText is an entry as a sender would write it: a stem
// without its *.
func messengerEntryText(l vocabLine) string { return strings.TrimSuffix(l.text, "*") }

// spamContentDetail returns the detail of the screening's spam_content
// reason, or "".
func spamContentDetail(s lead.Screening) string {
	for _, r := range s.Reasons {
		if r.Code == CodeSpamContent && r.Points > 0 {
			return r.Detail
		}
	}
	return ""
}

// TestMessengerTableEveryEntryMatches walks the table: every app beside a
// number (a messenger) or a handle (a social network) in a casino's
// advert is the advert's way round the form, named in its reason; every
// word of texting before a keyword and a short code is one too; every
// page is found. A line the detector would not match fails here instead
// of doing nothing.
func TestMessengerTableEveryEntryMatches(t *testing.T) {
	tb := messengers()
	if len(tb.entries) < 400 {
		t.Fatalf("the table has %d entries; it was written with more than 450", len(tb.entries))
	}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, l := range tb.entries {
		t.Run(l.lang+" "+l.kind+" "+l.text, func(t *testing.T) {
			w := messengerEntryText(l)
			switch k := messengerKinds[l.kind]; {
			case l.kind == "page":
				if got := tablePage(newFoldedText(foldText("Casino bonus 200%, " + w))); got == "" {
					t.Errorf("%q: no page found", w)
				}
			case l.kind == "sms":
				msg := "Casino bonus 200%! " + w + " WIN to 80080"
				s := screenFields(t, e, map[string]string{"message": msg})
				if d := spamContentDetail(s); !strings.Contains(d, "keyword to text") {
					t.Errorf("advert %q: spam_content %q, want the keyword to text: %v", msg, d, s.Reasons)
				}
			default:
				contact := " +971 50 123 4567"
				if k.social {
					contact = " @lucky_spins_vip"
				}
				msg := "Online casino bonus 200% " + w + contact
				s := screenFields(t, e, map[string]string{"message": msg})
				if d := spamContentDetail(s); s.Verdict != lead.ScreenJunk || !strings.Contains(d, k.name) {
					t.Errorf("advert %q: verdict %s, spam_content %q, want junk with %s as the way round the form: %v",
						msg, s.Verdict, d, k.name, s.Reasons)
				}
			}
		})
	}
}

// TestMessengerTableBuyerStaysGenuine: a buyer who asks our price and
// gives a messenger number in the app's name of their own script stays
// genuine, and gains no spam reason.
func TestMessengerTableBuyerStaysGenuine(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, l := range messengers().entries {
		k := messengerKinds[l.kind]
		if k.name == "" || k.social {
			continue
		}
		msg := "How much is your Pro plan for 5 users? " + messengerEntryText(l) + " +44 7700 900123"
		s := screenFields(t, e, map[string]string{"message": msg})
		if s.Verdict == lead.ScreenJunk || spamContentDetail(s) != "" {
			t.Errorf("buyer %q: verdict %s, want genuine and no spam_content: %v", msg, s.Verdict, s.Reasons)
		}
	}
}

// TestMessengerTableClasses: the classes of round thirty-five and
// thirty-six that passed, by hand, and their genuine look-alikes.
func TestMessengerTableClasses(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"واٹس ایپ کریں 0300 1234567", "WhatsApp"},
		{"ቴሌግራም: @fast_birr_loans", "Telegram"},
		{"হোয়াটসঅ্যাপ 01712 345678", "WhatsApp"},
		{"வாட்ஸ்அப் 98400 12345", "WhatsApp"},
		{"Пишите в Вайбер +380 67 123 45 67", "Viber"},
		{"แอดไลน์ หรือ วอทส์แอพ 081 234 5678", "WhatsApp"},
		{"위챗 abc12345 ID: abc12345", "WeChat"},
		{"IMO-da ýazyň +993 65 123456", "IMO"},
		{"Instagram: @followers_fast", "Instagram"},
		{"Batafsil: t . me/uyda_ish_uz", "Telegram"},
		{"wa[.]me/971501234567", "WhatsApp"},
		// A sentence that ends before a word that begins "me".
		{"We use Telegram. meetings are weekly, see /docs", ""},
		// A shop that sells on Instagram leaves its phone: no handle.
		{"We sell on Instagram, call me on +44 7700 900123", ""},
		// No number, no handle.
		{"Do you integrate with ቴሌግራም and ভাইবার?", ""},
	} {
		if got := tableMessenger(strings.ToLower(tc.msg), countDigits(tc.msg)); got != tc.want {
			t.Errorf("tableMessenger(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"Shinda mamilioni! Tuma SMS 'BET' kwa 29055 sasa.", true},
		{"Thumela u-YES ku 071 234 5678", true},
		{"text WIN to 80080", true},
		// A customer who quotes an order number in capitals sends no keyword.
		{"Our order ABC was charged twice, invoice 20231", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		if got := textedKeyword(tc.msg, m, countDigits(tc.msg)) != ""; got != tc.want {
			t.Errorf("textedKeyword(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

// countDigits counts the digits of s, as scanMessage does.
func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if '0' <= r && r <= '9' {
			n++
		}
	}
	return n
}

// TestMessengerTableLookAlikes: buyers who write the app's name in their
// own script beside their number and ask about our product or price, and
// a buyer who opens with "Do you need…" about what we need from them,
// stay genuine.
func TestMessengerTableLookAlikes(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, msg := range []string{
		"آپ کے فارم فلٹر کی قیمت کیا ہے؟ دس صارفین کے لیے۔ میرا واٹس ایپ 0300 1234567 ہے۔",
		"আপনাদের ফর্ম ফিল্টারের দাম কত? পাঁচজন ব্যবহারকারী। হোয়াটসঅ্যাপ 01712 345678",
		"የእርስዎ ቅጽ ማጣሪያ ዋጋ ስንት ነው? ቴሌግራም: @abebe_shop",
		"Сколько стоит ваш фильтр для пяти сайтов? Мой вайбер +380 67 123 45 67",
		"Do you need our company IDs before the contract? Viber +359 88 123 4567, we want 10 seats.",
		"Bei nyo ni kiasi gani kwa watumiaji kumi? Tuma SMS au piga 0712 345 678.",
	} {
		s := screenFields(t, e, map[string]string{"message": msg})
		if s.Verdict == lead.ScreenJunk || spamContentDetail(s) != "" {
			t.Errorf("buyer %q: verdict %s, want genuine and no spam_content: %v", msg, s.Verdict, s.Reasons)
		}
	}
}
