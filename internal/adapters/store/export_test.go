package store

// StopPageSize lets tests make StopEnrollments read small pages.
var StopPageSize = &stopPageSize
