package screen

import "testing"

// scaled is the number of random cases an equivalence test draws: n, a
// quarter of it under the race detector, a tenth with -short.
func scaled(n int) int {
	switch {
	case testing.Short():
		return max(n/10, 1)
	case raceEnabled:
		return max(n/4, 1)
	}
	return n
}
