package qualify

// Base exposes the configured base score to the external corpus test.
func (m *Model) Base() int { return m.base }
