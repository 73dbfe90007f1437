package coldstart

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func processGroup() *syscall.SysProcAttr {
	// Pdeathsig: the kernel ends the emulator if the harness dies first.
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(pid int) { _ = syscall.Kill(-pid, syscall.SIGKILL) }

// childOf returns the pid of a process whose parent is ppid.
func childOf(ppid int) (int, error) {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // the process ended meanwhile
		}
		// pid (comm) state ppid ...; comm may hold spaces and parentheses.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 2 || f[1] != strconv.Itoa(ppid) {
			continue
		}
		return strconv.Atoi(strings.Fields(string(b))[0])
	}
	return 0, errNoChild
}

// residentBytes reads VmRSS from /proc/PID/status.
func residentBytes(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("coldstart: %w", err)
	}
	return parseVmRSS(string(b))
}

// cpuTime sums the time the process's threads have run on a CPU
// (the first field of each /proc/PID/task/TID/schedstat, nanoseconds).
func cpuTime(pid int) (time.Duration, error) {
	files, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("coldstart: no schedstat for pid %d", pid)
	}
	var total time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // a thread that ended meanwhile
		}
		ns, err := parseSchedstat(string(b))
		if err != nil {
			return 0, err
		}
		total += ns
	}
	return total, nil
}
