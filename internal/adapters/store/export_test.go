package store

// StopPageSize lets tests make StopEnrollments read small pages.
var StopPageSize = &stopPageSize

// ItemsOf is the lead item of l and its body item (nil when inline).
var ItemsOf = itemsOf

// DB is the client s uses, for tests that wrap it.
func (s *Store) DB() DB { return s.db }

// Decompress inflates a body with the dictionary its header names.
var Decompress = decompress

// FirstBodyDict is the dictionary the first bodies were written with.
var FirstBodyDict = bodyDict
