package screen

import (
	"regexp/syntax"
	"strconv"
)

// digitDFA is a deterministic automaton for a phone number pattern,
// matching whole strings of ASCII digits: what regexp "^(?:pattern)$"
// answers, without the regexp engine's per-call set-up.
type digitDFA struct {
	next   [][10]int32 // state -> digit -> next state; -1 is the dead state
	accept []bool
}

// maxDFAStates bounds the automaton of one pattern; bigger ones keep the
// regexp.
const maxDFAStates = 1024

// newDigitDFA builds the automaton of pattern by subset construction over
// the compiled program. It returns nil for patterns it does not handle
// (empty-width assertions) or whose automaton would be too big.
func newDigitDFA(pattern string) *digitDFA {
	re, err := syntax.Parse("(?:"+pattern+")", syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	// digits[pc] has bit d set when rune instruction pc accepts digit d.
	digits := make([]uint16, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstEmptyWidth:
			return nil
		case syntax.InstRune, syntax.InstRune1:
			for d := range 10 {
				if in.MatchRune(rune('0' + d)) {
					digits[pc] |= 1 << d
				}
			}
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			digits[pc] = 1<<10 - 1
		}
	}
	// closure adds to set the rune and match instructions reachable from
	// pc without consuming input.
	var closure func(set []uint32, seen []bool, pc uint32) []uint32
	closure = func(set []uint32, seen []bool, pc uint32) []uint32 {
		if seen[pc] {
			return set
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			set = closure(set, seen, in.Out)
			return closure(set, seen, in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			return closure(set, seen, in.Out)
		case syntax.InstFail:
			return set
		}
		return append(set, pc)
	}
	key := func(set []uint32) string {
		seen := make([]bool, len(prog.Inst))
		for _, pc := range set {
			seen[pc] = true
		}
		b := make([]byte, 0, 4*len(set))
		for pc, ok := range seen {
			if ok {
				b = strconv.AppendInt(b, int64(pc), 36)
				b = append(b, ',')
			}
		}
		return string(b)
	}
	d := &digitDFA{}
	ids := map[string]int32{}
	var sets [][]uint32
	add := func(set []uint32) int32 {
		if len(set) == 0 {
			return -1
		}
		k := key(set)
		if id, ok := ids[k]; ok {
			return id
		}
		id := int32(len(sets))
		ids[k] = id
		sets = append(sets, set)
		accept := false
		for _, pc := range set {
			accept = accept || prog.Inst[pc].Op == syntax.InstMatch
		}
		d.accept = append(d.accept, accept)
		d.next = append(d.next, [10]int32{})
		return id
	}
	add(closure(nil, make([]bool, len(prog.Inst)), uint32(prog.Start)))
	for s := 0; s < len(sets); s++ {
		if len(sets) > maxDFAStates {
			return nil
		}
		for dg := range 10 {
			seen := make([]bool, len(prog.Inst))
			var next []uint32
			for _, pc := range sets[s] {
				if digits[pc]&(1<<dg) != 0 {
					next = closure(next, seen, prog.Inst[pc].Out)
				}
			}
			d.next[s][dg] = add(next)
		}
	}
	if len(sets) == 0 {
		return nil
	}
	return d
}

// match reports whether the pattern matches all of s. ok is false when s
// holds a byte other than an ASCII digit, which the automaton does not
// know.
func (d *digitDFA) match(s string) (matched, ok bool) {
	st := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return false, false
		}
		if st >= 0 {
			st = d.next[st][c]
		}
	}
	return st >= 0 && d.accept[st], true
}
