package screen

import (
	"unicode"
	"unicode/utf8"
)

// refScanMessage is scanMessage as it was before its ASCII path: one
// general loop for every message.
func refScanMessage(msg string, v *vocab, lb []byte, spans [][2]int32, ids []int32) (st msgStats, lower string, _ [][2]int32, _ []int32, ascii bool) {
	ascii = true
	// Counts over ASCII bytes, kept apart from st so that they stay in
	// registers: letters (a-z, A-Z), capitals, digits, other non-space.
	var aLetters, aUpper, aDigits, aOther int
	words, mixed := 0, 0
	// The word being cut: its start in lb (-1 between words) and its
	// scripts.
	start, mask := -1, 0
	endWord := func(end int) {
		spans = append(spans, [2]int32{int32(start), int32(end)})
		words++
		if m := mask &^ (1 << scriptCJK) &^ (1 << scriptOther); m&(m-1) != 0 {
			mixed++
		}
		start, mask = -1, 0
	}
	changed := false
	for i := 0; i < len(msg); {
		c := msg[i]
		if c < utf8.RuneSelf {
			cls := msgClass[c]
			if cls < mcLower { // white space or punctuation ends a word
				if start >= 0 {
					endWord(len(lb))
				}
				if cls == mcOther {
					aOther++
				}
				lb = append(lb, c)
				i++
				continue
			}
			if start < 0 {
				start = len(lb)
			}
			// The ASCII letters and digits from here on.
			for {
				switch cls {
				case mcLower:
					aLetters++
					mask |= 1 << scriptLatin
				case mcUpper:
					aLetters++
					aUpper++
					c += 'a' - 'A'
					changed = true
					mask |= 1 << scriptLatin
				default:
					aDigits++
				}
				lb = append(lb, c)
				if i++; i == len(msg) {
					break
				}
				if c = msg[i]; c >= utf8.RuneSelf {
					break
				}
				if cls = msgClass[c]; cls < mcLower {
					break
				}
			}
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(msg[i:])
		i += size
		// The rune is classified once: lowering keeps a rune a letter
		// or not and a word rune or not, and changes only upper and
		// title case letters among letters, digits and white space
		// (TestLowerKeepsRuneClasses checks this over every rune).
		lr, letter, word := r, false, false
		switch {
		case unicode.IsSpace(r):
		case unicode.IsLetter(r):
			letter, word = true, true
			st.letters++
			if unicode.IsUpper(r) {
				st.upper++
				st.cased++
				lr = unicode.ToLower(r)
			} else if unicode.IsLower(r) {
				st.cased++
			} else if unicode.IsTitle(r) {
				lr = unicode.ToLower(r)
			}
			script := scriptOf(r)
			st.scripts[script]++
			if script == scriptCJK {
				st.cjk = true
			}
			st.nonSpace++
		case unicode.IsDigit(r):
			word = true
			st.digits++
			st.nonSpace++
		default:
			st.nonSpace++
			lr = unicode.ToLower(r)
			word = unicode.Is(unicode.Mn, r)
		}
		if lr != r || size == 1 { // size 1: not UTF-8, lowered to U+FFFD
			changed = true
		}
		pos := len(lb)
		lb = utf8.AppendRune(lb, lr)
		if !word {
			if start >= 0 {
				endWord(pos)
			}
			continue
		}
		if start < 0 {
			start = pos
		}
		if letter {
			mask |= 1 << scriptOf(lr)
		}
	}
	if start >= 0 {
		endWord(len(lb))
	}
	st.letters += aLetters
	st.cased += aLetters
	st.upper += aUpper
	st.scripts[scriptLatin] += aLetters
	st.digits += aDigits
	st.nonSpace += aLetters + aDigits + aOther
	st.words, st.mixedWords = words, mixed
	lower = msg
	if changed {
		lower = string(lb)
	}
	for _, sp := range spans {
		w := lower[sp[0]:sp[1]]
		ids = append(ids, v.lookup(w))
	}
	return st, lower, spans, ids, ascii
}
