//go:build race

package main

// raceDetector is on: see TestCommittedModelIsTrained.
const raceDetector = true
