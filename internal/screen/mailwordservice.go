package screen

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Throwaway services named in the local language (issue 11, round sixteen
// of the identity set: "uaqytsha-pochta.kz", "enkratna-posta.si",
// "spamfresser-postfach.de"). Their names are a word and the word for
// mail joined by a hyphen; the word changes with every language (one-use,
// temporary, trash) and no list follows it, but the word for mail is
// nearly the same everywhere, because most languages borrowed "post" or
// "mail". A firm's own mail domain carries its name ("hansen-post.no" of
// Hansen Post): so a domain counts only when the other word shares nothing
// with the sender's names or company, as a service's name does.

// mailServiceWords are the words for mail a service's name is made with:
// one hyphenated part must be one of them exactly.
var mailServiceWords = setOf("mail", "email", "post", "posta", "posti", "pochta", "poczta", "postfach", "ebost",
	"correo", "courriel", "inbox", "mailbox")

// mailWordOtherMin is the fewest letters the other word must have: a tag
// of two or three is taggedMailService's.
const mailWordOtherMin = 4

// mailWordRun is how many letters in a row the other word must share with
// the sender's names or firm to be theirs: four, since any two words of a
// language share three ("jednorazowa" and "Nowak").
const mailWordRun = 4

// sharesRun reports whether word and the folded text share a run of n
// letters, spaces aside.
func sharesRun(word, folded string, n int) bool {
	t := []rune(strings.ReplaceAll(folded, " ", ""))
	for i := 0; i+n <= len(t); i++ {
		if strings.Contains(word, string(t[i:i+n])) {
			return true
		}
	}
	return false
}

// mailWordService returns the registrable name of domain when it is a
// hyphenated word for mail and another word that is none of the sender's
// names or company (first, last, company folded), or "".
func mailWordService(domain, first, last, company string) string {
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reg, ".")
	parts := strings.Split(name, "-")
	if len(parts) < 2 {
		return ""
	}
	var other []string
	mailWord := false
	for _, p := range parts {
		if has(mailServiceWords, p) && !mailWord {
			mailWord = true
			continue
		}
		other = append(other, p)
	}
	rest := strings.Join(other, "")
	if !mailWord || len(rest) < mailWordOtherMin || sharesRun(rest, first+" "+last+" "+company, mailWordRun) {
		return ""
	}
	return name
}
