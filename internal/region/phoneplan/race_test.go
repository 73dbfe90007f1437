//go:build race

package phoneplan_test

// raceEnabled: the race detector slows the differential tests about tenfold;
// they then read a sample.
const raceEnabled = true
