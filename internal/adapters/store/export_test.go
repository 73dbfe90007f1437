package store

// StopPageSize lets tests make StopEnrollments read small pages.
var StopPageSize = &stopPageSize

// StateItem is the state item of l.
var StateItem = stateItem

// DB is the client s uses, for tests that wrap it.
func (s *Store) DB() DB { return s.db }
