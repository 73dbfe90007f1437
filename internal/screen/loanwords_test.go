package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFindLoanwords: each trade word of spam is found as the scripts that
// borrow it write it, and ordinary words of those languages with a
// skeleton near one are not.
func TestFindLoanwords(t *testing.T) {
	for _, tc := range []struct {
		word     string
		spelling []string
	}{
		{"casino", []string{"казино", "καζίνο", "קזינו", "كازينو", "कैसीनो", "ক্যাসিনো", "ਕੈਸੀਨੋ", "કેસિનો", "କାସିନୋ",
			"கேசினோ", "కాసినో", "ಕ್ಯಾಸಿನೊ", "കാസിനോ", "කැසිනෝ", "คาสิโน", "ຄາສິໂນ", "ကာစီနို", "카지노", "カジノ", "ካዚኖ",
			"კაზინო", "կազինո"}},
		{"bonus", []string{"бонус", "бонусы", "μπόνους", "בונוס", "बोनस", "বোনাস", "બોનસ", "போனஸ்", "బోనస్", "ಬೋನಸ್",
			"ബോണസ്", "බෝනස්", "โบนัส", "보너스", "ボーナス", "ቦነስ", "ბონუსი", "բոնուս"}},
		{"telegram", []string{"телеграм", "телеграмме", "τελεγκράμ", "טלגרם", "בטלגרם", "تيليجرام", "تلگرام", "टेलीग्राम",
			"টেলিগ্রাম", "ਟੈਲੀਗ੍ਰਾਮ", "ટેલિગ્રામ", "டெலிகிராம்", "టెలిగ్రామ్", "ಟೆಲಿಗ್ರಾಮ್", "ටෙලිග්‍රෑම්",
			"เทเลแกรม", "텔레그램", "テレグラム", "ቴሌግራም", "ტელეგრამი", "տելեգրամ"}},
		{"whatsapp", []string{"ватсап", "вотсап", "واتساب", "וואטסאפ", "व्हाट्सएप", "வாட்ஸ்அப்", "వాట్సాప్",
			"വാട്ട്സ്ആപ്പ്", "වට්ස්ඇප්", "ዋትስአፕ", "왓츠앱"}},
		{"bitcoin", []string{"биткоин", "биткойн", "μπιτκόιν", "ביטקוין", "بيتكوين", "बिटकॉइन", "বিটকয়েন", "பிட்காயின்",
			"బిట్‌కాయిన్", "บิทคอยน์", "비트코인", "ビットコイン", "ቢትኮይን"}},
		{"crypto", []string{"крипто", "крипту", "κρύπτο", "קריפטו", "كريبتو", "क्रिप्टो", "ক্রিপ্টো", "கிரிப்டோ", "คริปโต",
			"크립토", "クリプト"}},
		{"jackpot", []string{"джекпот", "τζάκποτ", "جاكبوت", "जैकपॉट", "জ্যাকপট", "ジャックポット"}},
		{"forex", []string{"форекс", "φόρεξ", "פורקס", "فوركس", "फॉरेक्स", "ফরেক্স", "ฟอเร็กซ์", "포렉스", "フォレックス"}},
		{"viber", []string{"вайбер", "вайбере", "ויבר", "فايبر", "वाइबर"}},
		{"backlinks", []string{"беклинки", "бэклинков", "בקלינקים", "باكلينك", "बैकलिंक", "ব্যাকলিংক", "백링크", "バックリンク"}},
		{"followers", []string{"фолловеры", "फॉलोवर", "фолловер"}},
		{"promo code", []string{"промокод", "промокоду", "פרומוקוד", "प्रोमोकोड", "프로모코드", "プロモコード"}},
		{"trading", []string{"трейдинг", "טריידינג", "تريدينغ", "ट्रेडिंग", "ট্রেডিং", "டிரேடிங்", "ట్రేడింగ్", "트레이딩",
			"トレーディング", "ትሬዲንግ"}},
		{"bookmaker", []string{"букмекер", "בוקמייקר", "بوكميكر", "बुकमेकर", "বুকমেকার"}},
		{"roulette", []string{"рулетка", "רולטה", "روليت", "रूलेट", "রুলেট", "ルーレット", "룰렛"}},
		{"viagra", []string{"виагра", "ויאגרה", "فياغرا", "वियाग्रा", "비아그라", "バイアグラ"}},
		{"cialis", []string{"сиалис", "σιάλις", "סיאליס", "سياليس", "सियालिस", "시알리스", "シアリス"}},
		{"free spins", []string{"фриспины", "фриспинов", "फ्रीस्पिन", "프리스핀", "フリースピン"}},
		{"promo", []string{"промо", "प्रोमो", "프로모", "プロモ", "פרומו", "برومو"}},
		{"cashback", []string{"кэшбэк", "кешбек", "कैशबैक", "캐시백", "キャッシュバック"}},
		{"binance", []string{"бинанс", "باينانس", "बाइनेंस", "바이낸스", "バイナンス"}},
	} {
		for _, s := range tc.spelling {
			if !hasLoan(findLoanwords(s), tc.word) {
				t.Errorf("%q: want the loanword %q, found %v", s, tc.word, findLoanwords(s))
			}
		}
	}
}

// TestLoanwordLookAlikes: ordinary words whose sounds come near a trade
// word's are not it.
func TestLoanwordLookAlikes(t *testing.T) {
	for _, s := range []string{
		// Russian, Ukrainian, Kazakh, Bulgarian, Serbian.
		"через", "бетон", "банк", "бензин", "казна", "косинус", "кассир", "сказка", "телега", "телефон", "граммы",
		"вопрос", "вечер", "ваше", "цена", "синий", "клиенты", "крепко", "крупный", "форма", "пример", "проблема", "помощь",
		"бізнес", "казати", "казах", "тіркеу", "сайт", "вебсайт", "програма", "перезвоните", "перезвонить", "трудно",
		"позвоните", "текстовый", "телевизор", "треугольник",
		// Greek.
		"κλέφτες", "ψεύτες", "κάτι", "μπορώ", "τηλέφωνο", "γράμμα", "βιβλίο",
		// Hebrew and Arabic.
		"טפילים", "תעזבו", "אנחנו", "בבקשה", "שלום", "לקוחות", "ביטוח", "בית", "وكالة", "درواغجن", "رسائل", "كثيرة", "شركة",
		"منتجك", "خدمة", "كتاب", "شكرا", "سروس", "دفترتون", "بأرخص",
		// Hindi, Bengali, Tamil, Telugu, Sinhala.
		"कीमत", "बनारस", "कंपनी", "सेवा", "धन्यवाद", "বন্ধু", "কাজ", "நன்றி", "கணினி", "ధన్యవాదాలు", "సమాచారం", "ආයුබෝවන්",
		"සමාගම", "බොහොම",
		// Thai, Korean, Japanese, Amharic, Georgian, Armenian.
		"ขอบคุณ", "บริษัท", "พวกไร้ยางอาย", "가격", "감사합니다", "회사", "비밀번호", "ありがとう", "会社", "ボタン", "カード", "ስልክ", "ዋጋ",
		"მადლობა", "კომპანია", "շնորհակալություն", "ընկերություն",
		// Korean and Japanese, which add vowels inside clusters.
		"보내세요", "보내드립니다", "버스", "비자", "프로그램", "바나나", "카드", "기준", "고객", "견적", "문의", "안녕하세요",
		"프로젝트", "베타", "데모", "비밀", "부탁", "보고서", "プログラム", "ボタン", "バス", "ビザ", "プロジェクト", "デモ",
		"ベータ", "お問い合わせ", "見積もり", "ぼくら", "ほしい", "ください",
	} {
		if f := findLoanwords(s); len(f) > 0 {
			t.Errorf("%q reads as the loanword %q", s, f[0].word)
		}
	}
}

// TestLoanOffer: a trade word is junk with a second sign of an advert,
// and not when the message asks us something or names a plain fact.
func TestLoanOffer(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		junk bool
	}{
		{"ඔන්ලයින් කැසිනෝ, පළමු තැන්පතුවට 200% බෝනස්", true},                 // casino and bonus, Sinhala
		{"השקעה בביטקוין עם תשואה של 30% בחודש, הצטרפו לקבוצה בטלגרם", true}, // bitcoin with a percentage
		{"카지노 첫충 보너스 지급", true},                      // casino and bonus
		{"ካዚኖ ቦነስ ለሁሉም", true},                       // casino and bonus, Amharic
		{"बिटकॉइन निवेश, टेलीग्राम पर जुड़ें", true}, // bitcoin and a messenger
		{"백링크 작업 저렴하게 해드립니다", true},                  // backlinks and "cheap"
		{"Біздің сайтқа күнде казино жарнамасы келеді. Сүзгіңіз қазақ тілін түсінеді ме?", false}, // a question
		{"Мы онлайн-казино с лицензией. Пришлите прайс, пожалуйста.", false},                      // a request
		{"אנחנו משתמשים בטלגרם ובוואטסאפ עם לקוחות", false},                                       // a messenger, no trade
		{"קזינו", false}, // a trade word alone
		{"Ми онлайн-казино з ліцензією, нам потрібен ваш фільтр для 3 форм", false},
	} {
		m := newFoldedText(foldText(tc.msg))
		digits := strings.Count(tc.msg, "0") + strings.IndexFunc(tc.msg, unicode.IsDigit) + 1
		got := loanOffer(tc.msg, strings.ToLower(tc.msg), m, strings.Fields(strings.ToLower(tc.msg)), digits, "", "", "")
		if (got != "") != tc.junk {
			t.Errorf("loanOffer(%q) = %q, want an advert: %v", tc.msg, got, tc.junk)
		}
	}
}

// FuzzFindLoanwords: any text is read without a panic, and what is found
// is a loanword of the list, written in a token of the text.
func FuzzFindLoanwords(f *testing.F) {
	for _, s := range []string{"ඔන්ලයින් කැසිනෝ 200% බෝනස්", "בביטקוין בטלגרם", "카지노 보너스", "ボーナス", "бонус", "ال", "ㅂ", "\u0dca"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, found := range findLoanwords(s) {
			if !slices.ContainsFunc(loanwords, func(l loanword) bool { return l.word == found.word }) {
				t.Fatalf("findLoanwords(%q) found %q, not on the list", s, found.word)
			}
			if !strings.Contains(strings.NewReplacer("\u200c", "", "\u200d", "").Replace(s), found.token) {
				t.Fatalf("findLoanwords(%q) found %q in %q, not in the text", s, found.word, found.token)
			}
		}
	})
}
