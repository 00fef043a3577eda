//go:build !unix

package main

import (
	"fmt"
	"os"
	"os/exec"

	"shopdesk/app"
)

// restartOn starts Shopdesk again on another data file.
func restartOn(path string) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("restart on %s: %w", path, err)
	}
	cmd := exec.Command(self, app.RestartArgs(os.Args[1:], path)...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("restart on %s: %w", path, err)
	}
	return nil
}
