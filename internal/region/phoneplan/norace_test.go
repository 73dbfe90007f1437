//go:build !race

package phoneplan_test

const raceEnabled = false
