//go:build !linux

package coldstart

import (
	"errors"
	"syscall"
	"time"
)

// The runtime interface emulator runs on Linux only; elsewhere Start fails
// when it cannot run the emulator and RSS is unavailable.

func processGroup() *syscall.SysProcAttr { return nil }

func killGroup(int) {}

func childOf(int) (int, error) { return 0, errNoChild }

func residentBytes(int) (int64, error) {
	return 0, errors.New("coldstart: RSS is read from /proc (Linux only)")
}

func cpuTime(int) (time.Duration, error) {
	return 0, errors.New("coldstart: CPU time is read from /proc (Linux only)")
}
