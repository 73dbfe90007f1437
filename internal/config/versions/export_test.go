package versions

import "time"

// SetClock makes w read the time from now, so tests can step past its
// refresh interval without sleeping.
func SetClock[T any](w *Watcher[T], now func() time.Time) { w.now = now }
