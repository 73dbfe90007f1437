//go:build race

package screen

// raceEnabled reports a -race build, where the randomized equivalence
// tests run on a quarter of their cases (the detector is ten times slower).
const raceEnabled = true
