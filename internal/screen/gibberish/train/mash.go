package main

import (
	"math/rand/v2"
	"strings"
)

// layout is a keyboard's letter rows, top to bottom.
type layout [][]rune

var layouts = []layout{
	rows("qwertyuiop", "asdfghjkl", "zxcvbnm"),       // QWERTY
	rows("qwertzuiopü", "asdfghjklöä", "yxcvbnm"),    // QWERTZ
	rows("azertyuiop", "qsdfghjklm", "wxcvbn"),       // AZERTY
	rows("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"), // ЙЦУКЕН
}

func rows(rs ...string) layout {
	var l layout
	for _, r := range rs {
		l = append(l, []rune(r))
	}
	return l
}

// pickLayout favours QWERTY, the layout most mash is typed on.
func pickLayout(r *rand.Rand) layout {
	switch x := r.IntN(10); {
	case x < 6:
		return layouts[0]
	case x < 7:
		return layouts[1]
	case x < 8:
		return layouts[2]
	default:
		return layouts[3]
	}
}

// sweep types along a row from a random start in a random direction.
func sweep(r *rand.Rand, l layout, n int) []rune {
	row := l[r.IntN(len(l))]
	dir := 1
	if r.IntN(4) == 0 {
		dir = -1
	}
	i := r.IntN(len(row))
	var out []rune
	for len(out) < n {
		out = append(out, row[i])
		i += dir
		if i < 0 || i >= len(row) {
			dir = -dir
			i += 2 * dir
			if i < 0 || i >= len(row) {
				i = 0
			}
		}
	}
	return out
}

// walk presses neighbouring keys: same row ±1, or the row above or below.
func walk(r *rand.Rand, l layout, n int) []rune {
	ri := r.IntN(len(l))
	ci := r.IntN(len(l[ri]))
	var out []rune
	for len(out) < n {
		out = append(out, l[ri][ci])
		switch r.IntN(5) {
		case 0, 1:
			ci++
		case 2:
			ci--
		case 3:
			ri--
		case 4:
			ri++
		}
		ri = min(max(ri, 0), len(l)-1)
		ci = min(max(ci, 0), len(l[ri])-1)
	}
	return out
}

// fromRows picks uniformly among the keys of the given rows.
func fromRows(r *rand.Rand, l layout, n int, which ...int) []rune {
	var keys []rune
	for _, w := range which {
		keys = append(keys, l[w]...)
	}
	out := make([]rune, n)
	for i := range out {
		out[i] = keys[r.IntN(len(keys))]
	}
	return out
}

// handSide picks keys under one hand: the left or right half of each row.
func handSide(r *rand.Rand, l layout, n int) []rune {
	left := r.IntN(2) == 0
	var keys []rune
	for _, row := range l {
		h := len(row) / 2
		if left {
			keys = append(keys, row[:h+1]...)
		} else {
			keys = append(keys, row[h-1:]...)
		}
	}
	out := make([]rune, n)
	for i := range out {
		out[i] = keys[r.IntN(len(keys))]
	}
	return out
}

// repeatChunk repeats a short sweep, walk or random chunk ("dfgdfgdfg").
func repeatChunk(r *rand.Rand, l layout) []rune {
	var chunk []rune
	n := 2 + r.IntN(3)
	switch r.IntN(3) {
	case 0:
		chunk = sweep(r, l, n)
	case 1:
		chunk = walk(r, l, n)
	default:
		chunk = fromRows(r, l, n, 0, 1, 2)
	}
	var out []rune
	for k := 2 + r.IntN(3); k > 0; k-- {
		out = append(out, chunk...)
	}
	return out
}

// mashWord makes one word of mash by one of several typing habits.
func mashWord(r *rand.Rand, l layout) []rune {
	n := 4 + r.IntN(10)
	switch r.IntN(8) {
	case 0:
		return sweep(r, l, n)
	case 1:
		return walk(r, l, n)
	case 2:
		return repeatChunk(r, l)
	case 3:
		return fromRows(r, l, n, 1) // home row
	case 4:
		return handSide(r, l, n)
	case 5:
		return fromRows(r, l, n, 0, 1, 2) // any letter
	case 6:
		return append(sweep(r, l, 2+r.IntN(4)), walk(r, l, 2+r.IntN(5))...)
	default:
		return append(fromRows(r, l, 2+r.IntN(4), 1), sweep(r, l, 2+r.IntN(4))...)
	}
}

// generateMash returns n mash strings of one to three words, some
// capitalised, as people type them into name fields.
func generateMash(r *rand.Rand, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		l := pickLayout(r)
		var parts []string
		words := 1
		if r.IntN(3) == 0 {
			words = 2 + r.IntN(2)
		}
		for w := 0; w < words; w++ {
			s := string(mashWord(r, l))
			if r.IntN(3) == 0 {
				rs := []rune(s)
				rs[0] = []rune(strings.ToUpper(string(rs[0])))[0]
				s = string(rs)
			}
			parts = append(parts, s)
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}
