package batch

// TestdataLines gives the external tests testdataLines.
var TestdataLines = testdataLines
