package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// tableOffer reports whether a screening holds the table's spam offer.
func tableOffer(s lead.Screening) bool {
	for _, r := range s.Reasons {
		// The table's reason, or spamOffer's where a call of the table
		// names a messenger ("whatsapp kami"): both say what is offered.
		if r.Code == CodeSpamContent && r.Points > 0 && strings.HasPrefix(r.Detail, "offers ") {
			return true
		}
	}
	return false
}

// entryText is an entry as a sender would write it: a stem without its *.
func entryText(e spamVocabEntry) string { return strings.TrimSuffix(e.text, "*") }

// TestSpamVocabularyEveryEntryMatches walks the table: every trade is
// screened in a minimal advert with an offer of its language, every offer
// and call with a trade of its language, and each must be junk by the
// table's reason; every ask must clear an advert of its language; and
// every trade alone in a question stays genuine. A line the detector
// would not match, or one that marks a question junk, fails here instead
// of doing nothing.
func TestSpamVocabularyEveryEntryMatches(t *testing.T) {
	v := spamVocab()
	if len(v.entries) < 1500 {
		t.Fatalf("the table has %d entries; it was written with more than 1,800", len(v.entries))
	}
	first := map[string]map[string]spamVocabEntry{} // language -> kind -> its first entry
	for _, e := range v.entries {
		if first[e.lang] == nil {
			first[e.lang] = map[string]spamVocabEntry{}
		}
		if _, ok := first[e.lang][e.kind]; !ok {
			first[e.lang][e.kind] = e
		}
	}
	if len(first) < 110 {
		t.Errorf("the table covers %d languages, want about 120", len(first))
	}
	asks := map[string]int{} // language -> its asks
	for _, e := range v.entries {
		if e.kind == "ask" {
			asks[e.lang]++
		}
	}
	for lang, kinds := range first {
		_, offer := kinds["offer"]
		if _, trade := kinds["trade"]; !trade || !offer {
			t.Errorf("%s (%s) needs a trade and an offer, has %v", lang, v.names[lang], kinds)
		}
		// A buyer asks in every language the table sells in (task ask:
		// round thirty-four's Swahili buyer was an advert for want of one).
		if asks[lang] < 4 {
			t.Errorf("%s (%s) has %d asks, want at least 4", lang, v.names[lang], asks[lang])
		}
	}
	hooks := map[string]int{} // language -> its hooks
	for _, e := range v.entries {
		if e.kind == "hook" {
			hooks[e.lang]++
		}
	}
	for lang := range first {
		// An advert opens with a hook in every language it is written
		// in (task channels: "Kuna bukatar rance?" read as a question).
		if hooks[lang] < 3 {
			t.Errorf("%s (%s) has %d hooks, want at least 3", lang, v.names[lang], hooks[lang])
		}
	}
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil }) // no velocity between entries
	for _, en := range v.entries {
		t.Run(en.lang+" "+en.kind+" "+en.text, func(t *testing.T) {
			var advert string
			switch en.kind {
			case "ask":
				// An advert's words with the ask are a customer's.
				q := entryText(first[en.lang]["trade"]) + " " + entryText(first[en.lang]["offer"]) + " " + entryText(en)
				if s := screenFields(t, e, map[string]string{"message": q}); tableOffer(s) {
					t.Errorf("with the ask %q: the table's offer: %v", q, s.Reasons)
				}
				return
			case "hook":
				// A question that opens with the hook asks nothing of us;
				// one that names us or ours is a buyer's.
				q := entryText(en) + "?"
				if !advertHook(newFoldedText(foldText(q))) {
					t.Errorf("question %q: not read as an advert's hook", q)
				}
				ad := q + " " + entryText(first[en.lang]["trade"])
				if a := asksOfUs(ad, newFoldedText(foldText(ad))); a != "" {
					t.Errorf("advert %q asks of us: %s", ad, a)
				}
				q = entryText(en) + " for our team?"
				if advertHook(newFoldedText(foldText(q))) {
					t.Errorf("question %q naming ours: read as an advert's hook", q)
				}
				return
			case "wish":
				// A question that wants in its first words is an advert's
				// hook; one that names the sender or ours is a buyer's.
				q := entryText(en) + " " + entryText(first[en.lang]["trade"]) + "?"
				if !wishHook(newFoldedText(foldText(q))) {
					t.Errorf("question %q: not read as an advert's wish", q)
				}
				if a := asksOfUs(q, newFoldedText(foldText(q))); a != "" {
					t.Errorf("advert %q asks of us: %s", q, a)
				}
				q = entryText(en) + " " + entryText(first[en.lang]["trade"]) + " for our team?"
				if wishHook(newFoldedText(foldText(q))) {
					t.Errorf("question %q naming ours: read as an advert's wish", q)
				}
				return
			case "trade":
				advert = entryText(en) + " " + entryText(first[en.lang]["offer"])
			default:
				advert = entryText(first[en.lang]["trade"]) + " " + entryText(en)
			}
			s := screenFields(t, e, map[string]string{"message": advert})
			if s.Verdict != lead.ScreenJunk || !tableOffer(s) {
				t.Errorf("advert %q: verdict %s, want junk by the table: %v", advert, s.Verdict, s.Reasons)
			}
			if en.kind != "trade" {
				return
			}
			// Alone, the trade adds nothing of the table; in a firm's
			// question about our product, the lead is genuine.
			q := entryText(en) + "?"
			if s := screenFields(t, e, map[string]string{"message": q}); tableOffer(s) {
				t.Errorf("question %q: the table's offer: %v", q, s.Reasons)
			}
			q = "We work in " + entryText(en) + ". Can you send us a quote for 10 users?"
			if s := screenFields(t, e, map[string]string{"message": q}); s.Verdict == lead.ScreenJunk || tableOffer(s) {
				t.Errorf("question %q: verdict %s, want no junk: %v", q, s.Verdict, s.Reasons)
			}
		})
	}
}

// TestSpamVocabularyAdverts: adverts for spam trades in languages the
// other lists do not hold are junk by the table, and the trades' own
// firms, customers quoting an advert to complain and buyers stay genuine.
func TestSpamVocabularyAdverts(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, tc := range []struct {
		name, msg string
		junk      bool
	}{
		// Adverts: a trade with an offer, a call or a way round the form.
		{"Hungarian quick loan, no credit check", "Gyorskölcsönt kínálunk hitelbírálat nélkül, a pénz még ma megérkezik.", true},
		{"Malay personal loan, no guarantor", "Pinjaman peribadi untuk semua, tanpa penjamin. Whatsapp kami di 012-3456789.", true},
		{"Estonian weight loss without dieting", "Kaalulangus kiirelt ja ilma dieedita, proovi meie teed.", true},
		{"Nepali earning from home daily", "घरमै बसेर दैनिक कमाउनुहोस्, धेरै सजिलो।", true},
		{"Telugu weight loss in days", "బరువు తగ్గండి కేవలం 10 రోజుల్లో, సహజ ఔషధం.", true},
		{"Lithuanian cheap reviews", "Parduodame atsiliepimus, pigiai ir greitai, 5 žvaigždutės.", true},
		{"Albanian betting with a deposit bonus", "Baste sportive online, bonus për depozitën tuaj të parë.", true},
		{"Swahili quick loans with a call", "Mkopo wa haraka bila dhamana. Jisajili sasa!", true},
		{"Hebrew crypto with a monthly return", "השקעה בקריפטו עם תשואה קבועה, הצטרפו עכשיו.", true},
		{"Thai loans without a guarantor", "สินเชื่อด่วน ไม่ต้องค้ำ อนุมัติไว", true},
		{"Khmer gambling with a bonus", "កាស៊ីណូអនឡាញ ប្រាក់រង្វាន់ ១០០%", true},
		{"Vietnamese loans, no collateral", "Vay tiền nhanh không cần thế chấp, giải ngân trong ngày.", true},
		{"Turkish betting with a deposit bonus", "Canlı bahis sitesinde yatırım bonusu seni bekliyor.", true},
		{"Hausa income with a call", "Samu kudi kowace rana daga gida, tuntube mu yau.", true},
		{"Greeklish income by the day", "kerdiste xrimata tin imera apo to spiti sas", true},
		{"Azerbaijani first page, guaranteed", "Saytınızı Google-da birinci səhifəyə çıxarırıq, zəmanətli nəticə.", true},
		{"Uzbek followers with a handle", "Instagram obunachilar sotamiz. Telegram: @obuna_tez", true},
		{"a listed trade with an offer of the table", "Kasino online terbaik, bonus deposit 100% untuk member baru.", true},

		// The trades' own firms asking about our product.
		{"a Hungarian lender asks for a demo", "Gyorskölcsön cég vagyunk. Kérhetünk egy bemutatót a szűrőjükről?", false},
		{"a Malay lender asks about the product", "Kami syarikat pinjaman berlesen, tanpa penjamin untuk pelanggan. Bolehkah kami cuba produk anda?", false},
		{"a Swahili lender asks the price", "Sisi ni kampuni ya mkopo wa haraka. Bei ya huduma yenu ni kiasi gani?", false},
		{"a Thai casino affiliate asks", "เราเป็นเว็บคาสิโน ฟอร์มของเราโดนสแปมเยอะ ระบบของคุณกรองภาษาไทยได้ไหม?", false},
		{"a Turkish betting firm wants pricing", "Bahis sitesiyiz ve yatırım bonusu reklamları formumuzu dolduruyor. Fiyatlarınız nedir?", false},
		// Customers quoting an advert they received, to complain.
		{"a customer quotes a loan advert", `Your form let through "Pinjaman peribadi tanpa dokumen, hubungi kami segera" three times today. Why?`, false},
		{"a customer complains in Estonian", "Meie vormi kaudu tuli jälle reklaam „Numetage 10 kg kuuga ilma dieedita”. Kas te saate seda peatada?", false},
		{"a Russian lender asks for a demo without a question mark", "Мы МФО, выдаём займы без справок. Просим провести демо для отдела продаж.", false},
		{"an Indonesian lender asks for a trial", "Kami perusahaan pinjaman online resmi, pencairan tanpa jaminan. Kami ingin mencoba produk Anda, mohon info harga.", false},
		{"a German casino quotes an advert to complain", `Über Ihr Formular kam wieder „Online Casino, Einzahlungsbonus 200 %, jetzt anmelden“. Können Sie das filtern?`, false},
		{"a Polish customer forwards spam and asks", "Dostajemy codziennie: szybka pożyczka bez BIK, napisz do nas. Czy wasz filtr to zatrzyma?", false},
		// A trade word alone.
		{"a Nepali trade word in a question", "तपाईंको फिल्टरले कमाउनुहोस् जस्ता सन्देश रोक्छ?", false},
		{"a Czech lender introduces itself", "Dobrý den, jsme nebankovní společnost a chceme nabídku na 20 uživatelů.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, e, map[string]string{"message": tc.msg})
			if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
				t.Errorf("%q: verdict %s, want junk %v: %v", tc.msg, s.Verdict, tc.junk, s.Reasons)
			}
			if tc.junk && !tableOffer(s) && !hasReason(s, CodeSpamContent) {
				t.Errorf("%q: junk without a spam offer: %v", tc.msg, s.Reasons)
			}
		})
	}
}

// TestSpamVocabularyReasonNamesLanguage: the reason says what it saw and
// in which language.
func TestSpamVocabularyReasonNamesLanguage(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	s := screenFields(t, e, map[string]string{"message": "Gyors kölcsön hitelbírálat nélkül, akár még ma."})
	for _, r := range s.Reasons {
		if r.Code == CodeSpamContent && strings.Contains(r.Detail, "Hungarian") && strings.Contains(r.Detail, "kolcson") {
			return
		}
	}
	t.Errorf("no spam_content reason naming the trade and Hungarian: %v", s.Reasons)
}

// TestParseSpamVocabRejectsBadLines: a line of the wrong shape is an
// error, not a silent skip.
func TestParseSpamVocabRejectsBadLines(t *testing.T) {
	for _, bad := range []string{
		"xx trade",                            // no entry
		"xx lang Xish\nxx colour red",         // unknown kind
		"xx trade loan",                       // no lang line first
		"xx lang Xish\nxx trade ---",          // folds to nothing
		"xx lang Xish\nxx offer * ",           // a stem of nothing
		"xx lang Xish\nxx call \u00a0!?",      // punctuation only
		"xx lang Xish\nxx trade \u0301\u0301", // diacritics only
	} {
		if _, err := parseSpamVocab(bad); err == nil {
			t.Errorf("parseSpamVocab(%q) = nil error, want one", bad)
		}
	}
	v, err := parseSpamVocab("xx lang Xish\nxx trade Kölcsön*\nxx trade เงินกู้\nxx offer a b")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.spaced["trade"]; len(got) != 1 || got[0] != "kolcson*" {
		t.Errorf("spaced trades %q, want the stem folded, kolcson*", got)
	}
	if got := vocabTrades.find(newFoldedText(foldText("Gyors kölcsönt kínálunk"))); got != "kolcson" {
		t.Errorf("the table's trades find %q in a message, want the folded stem kolcson", got)
	}
	if got := v.unspaced["trade"]; len(got) != 1 {
		t.Errorf("unspaced trades %q, want the Thai one", got)
	}
	if got := v.languages("a b"); got != "Xish" {
		t.Errorf("language of %q = %q, want Xish", "a b", got)
	}
}

// TestSpamVocabularyAskLookAlikes: a buyer in a spam-prone trade who
// names its own terms, gives a messenger and asks to be called, in a
// language whose ask the table held nowhere before (round thirty-four's
// Swahili buyer), asks something of us; an advert of the same trade with
// a call to write to it stays junk. The buyers write no question mark:
// the table's ask is what says they ask, and each was junk by the table
// without it.
//
// The engine here has no spam model, and the buyers in Tagalog and
// Vietnamese give a number rather than a messenger: the model's offer
// (modelOffer) and the trade beside a way round the form (spamOffer)
// read a request in the lists of asksOfUs, not in this table, so a buyer
// the spam model or the advert model reads as an advert, beside a
// messenger, is still junk there.
func TestSpamVocabularyAskLookAlikes(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Counter = nil })
	for _, tc := range []struct {
		name, msg string
		junk      bool
	}{
		// Buyers: the trade, a messenger, and an ask of the table.
		{"a Swahili lender wants to buy", "Sisi ni kampuni ya mkopo wa haraka bila dhamana. Tunataka kununua leseni kumi, tafadhali nipigie kwa WhatsApp +255 712 345 678.", false},
		{"a Hausa lender wants to buy", "Kamfaninmu yana bada rance ba tare da jingina ba. Muna son saya manhajar ku, ku kira ni a WhatsApp 0803 123 4567.", false},
		{"a Bengali lender wants to buy", "আমরা দ্রুত ঋণ দিই, জামানত ছাড়া। আমরা কিনতে চাই, আমাকে ফোন করুন হোয়াটসঅ্যাপে +880 1712 345678", false},
		{"a Tagalog lender wants to buy", "Kami ay kompanya ng mabilis na pautang, walang collateral. Gusto naming bumili ng sampung lisensya, pakitawagan po ako sa 0917 123 4567.", false},
		{"a Vietnamese lender wants to buy", "Công ty chúng tôi vay tiền nhanh không cần thế chấp. Chúng tôi muốn mua phần mềm, vui lòng gọi cho tôi.", false},
		{"an Amharic lender wants to buy", "እኛ ፈጣን ብድር ያለ ዋስትና እንሰጣለን። መግዛት እንፈልጋለን፣ በWhatsApp ይደውሉልኝ +251 911 234 567", false},
		{"a Yoruba betting firm asks the price", "Ile-iṣẹ ta tẹtẹ ni wa. A fẹ́ lati ra sọfitiwia yin, elo ni iye owo, ẹ pè mí lori WhatsApp 0803 765 4321.", false},
		{"a Somali lender wants to buy", "Waxaan nahay shirkad amaah degdeg ah. Waxaan rabnaa inaan iibsanno barnaamijkiinna, fadlan ii soo wac WhatsApp +252 61 234 5678.", false},

		// Adverts: the same trades with a call to write to them.
		{"a Swahili loan advert with a call", "Mkopo wa haraka bila dhamana! Wasiliana nasi WhatsApp +255 712 345 678.", true},
		{"a Hausa loan advert with a call", "Lamuni cikin gaggawa ba tare da jingina ba, tuntube mu a WhatsApp 0803 123 4567.", true},
		{"a Bengali loan advert with a call", "দ্রুত ঋণ জামানত ছাড়া! এখনই যোগাযোগ করুন হোয়াটসঅ্যাপে +880 1712 345678", true},
		{"a Tagalog loan advert with a call", "Mabilis na pautang, walang collateral! Mag message lang sa Viber 0917 123 4567.", true},
		{"a Vietnamese loan advert with a call", "Vay tiền nhanh không cần thế chấp, liên hệ Zalo 0912 345 678.", true},
		{"an Amharic loan advert with a call", "ፈጣን ብድር ያለ ዋስትና! ያግኙን በWhatsApp +251 911 234 567", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := screenFields(t, e, map[string]string{"message": tc.msg})
			if got := s.Verdict == lead.ScreenJunk; got != tc.junk {
				t.Errorf("%q: verdict %s, want junk %v: %v", tc.msg, s.Verdict, tc.junk, s.Reasons)
			}
			if tc.junk && !hasReason(s, CodeSpamContent) {
				t.Errorf("%q: junk without a spam offer: %v", tc.msg, s.Reasons)
			}
		})
	}
}
