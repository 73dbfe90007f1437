//go:build unix && !linux

package devstack

import "syscall"

// setParentDeathSignal is Linux-only; elsewhere Stop must be called.
func setParentDeathSignal(*syscall.SysProcAttr) {}
