package devstack

import "syscall"

// setParentDeathSignal makes the kernel kill the child if this process
// dies without calling Stop (a crashed or killed test binary).
func setParentDeathSignal(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
