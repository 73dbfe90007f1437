package spamtext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/leadsieve/leadsieve/internal/screen/textmodel"
)

// Token hashes standing for whole classes of chunks.
const (
	hashURL   uint64 = 0x5f75726c5f5f5f31 // any link
	hashEmail uint64 = 0x5f656d61696c5f32 // any email address
	hashNum   uint64 = 0x5f6e756d5f5f5f33 // any run of digits
)

// Words are hashed with 64-bit FNV-1a.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Features calls visit with the feature-table bucket (below 1<<bits) of
// every feature of msg: each word and each pair of adjacent words. Words
// are runs of letters and digits, lower-cased and stripped of accents;
// digits inside words read as 0, digit runs, links and email addresses as
// one token each. Only the first MaxRunes runes are read. It reports
// whether the message is scorable: at least MinWords words, and at least
// half of its letters in the Latin script. The model and the training
// program share it, so they see the same features.
func Features(msg string, bits uint, visit func(bucket uint32)) bool {
	mask := uint32(1)<<bits - 1
	var (
		prev          uint64
		havePrev      bool
		words         int
		latin, letter int
		runes         int
	)
	emit := func(h uint64) {
		visit(uint32(textmodel.Mix(h)) & mask)
		if havePrev {
			visit(uint32(textmodel.Mix(prev*0x9e3779b97f4a7c15^h^0xb1)) & mask)
		}
		prev, havePrev = h, true
	}
	i := 0
	for i < len(msg) && runes < MaxRunes {
		// Skip white space.
		r, size := utf8.DecodeRuneInString(msg[i:])
		if isSpace(r) {
			i += size
			runes++
			continue
		}
		// The chunk up to the next white space.
		j := i
		for j < len(msg) {
			r, size := utf8.DecodeRuneInString(msg[j:])
			if isSpace(r) {
				break
			}
			j += size
			runes++
		}
		chunk := msg[i:j]
		i = j
		switch chunkKind(chunk) {
		case kindURL:
			emit(hashURL)
			continue
		case kindEmail:
			emit(hashEmail)
			continue
		}
		// Words inside the chunk.
		h, inWord, hasLetter, hasDigit := uint64(fnvOffset), false, false, false
		end := func() {
			if !inWord {
				return
			}
			if hasLetter {
				words++
				emit(h)
			} else if hasDigit {
				emit(hashNum)
			}
			h, inWord, hasLetter, hasDigit = fnvOffset, false, false, false
		}
		for k := 0; k < len(chunk); {
			r, size := utf8.DecodeRuneInString(chunk[k:])
			switch {
			case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
				h = (h ^ uint64(r|0x20)) * fnvPrime
				inWord, hasLetter = true, true
				latin++
				letter++
			case r < utf8.RuneSelf && '0' <= r && r <= '9':
				h = (h ^ '0') * fnvPrime
				inWord, hasDigit = true, true
			case r < utf8.RuneSelf:
				end()
			case unicode.Is(unicode.Mn, r):
				// A combining accent: part of the word, folded away.
			case unicode.IsLetter(r):
				letter++
				if isLatin(r) {
					latin++
				}
				for _, c := range []byte(string(fold(r, chunk[k:]))) {
					h = (h ^ uint64(c)) * fnvPrime
				}
				inWord, hasLetter = true, true
			case unicode.IsDigit(r):
				h = (h ^ '0') * fnvPrime
				inWord, hasDigit = true, true
			default:
				end()
			}
			k += size
		}
		end()
	}
	return words >= MinWords && latin*2 >= letter
}

// fold lower-cases r and strips its accents; s starts with r.
func fold(r rune, s string) rune {
	if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); b != utf8.RuneError {
			r = b
		}
	}
	return unicode.ToLower(r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isLatin(r rune) bool {
	return r < 0x250 || r >= 0x1E00 && r <= 0x1EFF
}

const (
	kindText = iota
	kindURL
	kindEmail
)

// chunkKind tells links and email addresses from ordinary text.
func chunkKind(c string) int {
	at, dotAfterAt := -1, false
	for k := 0; k < len(c); k++ {
		switch c[k] {
		case ':':
			if k+2 < len(c) && c[k+1] == '/' && c[k+2] == '/' {
				return kindURL
			}
		case '@':
			if at < 0 {
				at = k
			}
		case '.':
			if at >= 0 && k > at+1 && k+1 < len(c) {
				dotAfterAt = true
			}
		}
	}
	if len(c) >= 4 && (c[0]|0x20) == 'w' && (c[1]|0x20) == 'w' && (c[2]|0x20) == 'w' && c[3] == '.' {
		return kindURL
	}
	if at > 0 && dotAfterAt {
		return kindEmail
	}
	return kindText
}
