//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"

	"shopdesk/app"
)

// restartOn replaces this process with Shopdesk on another data file: the
// same process id, flags and environment, and no window of this one left.
func restartOn(path string) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("restart on %s: %w", path, err)
	}
	args := append([]string{os.Args[0]}, app.RestartArgs(os.Args[1:], path)...)
	if err := syscall.Exec(self, args, os.Environ()); err != nil {
		return fmt.Errorf("restart on %s: %w", path, err)
	}
	return nil
}
