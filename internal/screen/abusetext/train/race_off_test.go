//go:build !race

package main

// raceDetector is off: see TestCommittedModelIsTrained.
const raceDetector = false
