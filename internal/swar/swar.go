// Package swar holds the word-at-a-time byte tests ("SIMD within a
// register") the text scanners share: eight bytes of a string packed into
// a uint64, first byte lowest, and exact tests on all eight at once.
package swar

// Ones has 0x01 in every byte; multiplied by a byte it repeats it. Highs
// has the high bit of every byte.
const (
	Ones  = 0x0101010101010101
	Highs = 0x8080808080808080
)

// Load64 packs s[i:i+8] into a uint64, s[i] lowest.
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// HasByte reports whether some byte of x is b.
func HasByte(x uint64, b byte) bool {
	v := x ^ (Ones * uint64(b))
	return (v-Ones)&^v&Highs != 0
}

// HasLess reports whether some byte of x is below n (n <= 128), for x
// whose bytes are all below 0x80.
func HasLess(x uint64, n byte) bool {
	return (x-Ones*uint64(n))&^x&Highs != 0
}

// ZeroBytes returns 0x80 in each byte of x that is zero and 0 elsewhere
// (exactly: no borrow crosses bytes).
func ZeroBytes(x uint64) uint64 {
	return ^(((x &^ Highs) + ^uint64(Highs)) | x) & Highs
}

// Capitals returns 0x80 in each byte of x that is one of A-Z, and 0
// elsewhere, for x whose bytes are all ASCII (a byte from 0x80 up may
// give either): adding 0x80-'A' to a byte sets its high bit when it is at
// least 'A', adding 0x80-'[' when it is past 'Z', and neither carries into
// the next byte. Shifted right by two, the result is the bit that
// lower-cases those bytes.
func Capitals(x uint64) uint64 {
	return (x + Ones*(0x80-'A')) &^ (x + Ones*(0x80-'[')) & Highs
}

// IsASCII reports whether s has no byte from 0x80 up, eight bytes at a
// time.
func IsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if Load64(s, i)&Highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
