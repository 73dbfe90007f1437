package store

// StopPageSize lets tests make StopEnrollments read small pages.
var StopPageSize = &stopPageSize

// StateItem is the state item of l.
var StateItem = stateItem
