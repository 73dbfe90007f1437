//go:build !unix

package devstack

import (
	"context"
	"os/exec"
)

func setProcessGroup(*exec.Cmd) {}

func signalGroup(cmd *exec.Cmd, _ bool) error {
	if cmd.Process == nil {
		return nil
	}
	return cmd.Process.Kill()
}

func lockFile(context.Context, string) (func(), error) { return func() {}, nil }
