package screen

import (
	"strings"
	"unicode/utf8"
)

// The same insults in every script. The lists of abuse.go grew from the
// rows of each round, so a script had the insults its rows happened to
// use: Hebrew had "idiot" and "crook" but not "thieves" or "liars", Hindi
// "fraud" but not "thief". What abuse sent to a business calls its reader
// is a small set of concepts — thieves, liars, frauds, idiots, garbage,
// useless, shameless, parasites, clowns, losers, scum — so conceptInsults
// holds each concept in each script that folding splits or that is written
// without spaces, matched as written, and conceptFolded the same for the
// scripts written with spaces that the folded lists missed.
//
// A concept word is abuse only in a message that asks nothing (no
// question, no bill, contract, request or thanks) and either addresses the
// reader ("אתם …", "तुम लोग …", "أنتم …", "너네 …") or is short enough to be
// nothing but the insult: a buyer who wants to stop "thieves and liars"
// asks for it.

// conceptInsults are the concepts in scripts matched as written.
var conceptInsults = []string{
	// Hebrew: thieves, liars, zeros, garbage, parasites, clowns,
	// pathetic, useless, shameless, corrupt, crooks, retards.
	"גנבים", "גנב", "שקרנים", "שקרן", "אפסים", "טפילים", "ליצנים", "פתטיים", "חסרי תועלת", "חסרי בושה",
	"מושחתים", "רמאים", "נבלות", "מפגרים",
	// Arabic: scum, garbage, failures, worthless, idiots, thieves, liars,
	// crooks, bastards, hypocrites, fools.
	"حثالة", "زبالة", "فاشلين", "فاشلون", "تافهين", "لصوص", "كذابين", "كذابون", "نصابين", "حرامية",
	"أوغاد", "منافقين", "حمقى", "عديمي الفائدة",
	// Hindi: thief, liars, rubbish, shameless, donkeys, worthless, lousy,
	// fools, crooks, robbers, useless.
	"चोर", "झूठे", "गधे", "नालायक", "घटिया", "मूर्ख", "ठग", "लुटेरे", "निकम्मे", "बदमाश",
	// Thai: garbage, wicked, scum, liar, cheat, thief, vile, worthless,
	// lousy.
	"ชั่ว", "สวะ", "ตอแหล", "ขี้โกง", "โจร", "เลว", "ไร้ค่า", "ห่วย",
	// Korean: garbage, idiot, fool, thief, liar, pathetic, loser, thug.
	"쓰레기", "멍청이", "바보", "도둑놈", "도둑", "거짓말쟁이", "한심한", "찌질이", "양아치",
	// Japanese: garbage, thief, liar, good-for-nothing, fraud gang, dolt,
	// shameless, parasite, scoundrel.
	"泥棒", "嘘つき", "役立たず", "間抜け", "恥知らず", "寄生虫", "ろくでなし",
	// Chinese: useless, idiot, fool, shameless, hooligan, thief, leech,
	// scum, bastard, garbage.
	"废物", "白痴", "蠢货", "无耻", "流氓", "小偷", "败类", "混账", "不要脸", "垃圾",
}

// conceptFolded are the concepts in scripts written with spaces that the
// folded lists missed: Greek, Vietnamese, Turkish, Swedish, folded.
var conceptFolded = foldedPhrases(
	"άχρηστοι", "ανίκανοι", "γελοίοι", "ψεύτες", "αλήτες", "ρεμάλια", "σκουπίδια",
	"đồ ngu", "lũ ngu", "vô dụng", "mất dạy", "đồ chó",
	"rezil*", "adi herif*", "işe yaramaz",
	"skitstöv*",
	"żałosn*", "złodzieje", "nieudacznicy",
)

// conceptNotInsults are compounds in which a concept word names a thing
// or a deed a buyer fights, not the reader: spam mail, a rubbish bin,
// thief-proof, anti-fraud.
var conceptNotInsults = []string{"垃圾邮件", "垃圾郵件", "垃圾信息", "垃圾短信", "垃圾广告", "垃圾评论", "垃圾留言", "垃圾桶",
	"ゴミ箱", "ゴミ出し", "쓰레기통", "쓰레기 메일", "쓰레기 문자", "스팸", "דואר זבל", "הודעות זבל", "بريد مزعج",
	"رسائل زبالة", "ขยะมูลฝอย", "อีเมลขยะ", "สแปม", "चोरी"}

// conceptAddress are words that speak to the reader in those scripts,
// matched as written: the plural "you", the rude "you", the vocative.
var conceptAddress = []string{"אתם", "אתן", "שלכם", "أنتم", "انتم", "تبا لكم", "तुम", "आप लोग",
	"พวกแก", "พวกคุณ", "너네", "니들", "너희", "당신들", "お前", "てめえ", "あんたら", "貴様",
	"你们", "你們", "你这", "είστε", "σας", "bọn mày", "chúng mày", "tụi bây", "các người"}

// conceptShortRunes is the longest message, in letters, that is nothing
// but its insult without an address ("ゴミ会社", "Đồ ăn cướp, cút hết
// đi").
const conceptShortRunes = 24

// conceptInsult returns the concept insult of a message that asks nothing,
// or "". The caller has checked that the message asks nothing.
func conceptInsult(msg string, m foldedText) string {
	word := ""
	for _, w := range conceptInsults {
		if i := strings.Index(msg, w); i >= 0 && !startsWithAny(msg[i:], conceptNotInsults) && !inNotInsult(msg, i) {
			word = w
			break
		}
	}
	if word == "" {
		word = conceptFolded.find(m)
	}
	if word == "" {
		return ""
	}
	if firstIn(msg, conceptAddress) != "" || speaksToReader(m) || utf8.RuneCountInString(msg) <= conceptShortRunes {
		return word
	}
	return ""
}

// inNotInsult reports whether the concept word at byte i of msg is the
// end of a compound of conceptNotInsults ("דואר זבל", spam mail).
func inNotInsult(msg string, i int) bool {
	for _, c := range conceptNotInsults {
		if j := strings.Index(msg, c); j >= 0 && j <= i && i < j+len(c) {
			return true
		}
	}
	return false
}
