package store

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// ReleasePages tells the kernel this process no longer needs the pages of
// the data file it has mapped so far, after a one-off read of much of the
// file (the ticket list rows, loaded at start). bbolt reads through a
// shared, read-only mapping of the file, and Linux maps up to 16
// neighbouring cached pages on every page fault, so reading 15 MB of rows
// scattered through a 1 GB file leaves ten times that counted as the app's
// own memory. The pages stay in the OS file cache; later reads map them
// again. Nothing is lost: the mapping is never written through.
func (db *DB) ReleasePages() error {
	st, err := os.Stat(db.path)
	if err != nil {
		return err
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	// A read transaction holds bbolt's mapping lock, so the mapping cannot
	// move (a growing file is remapped) while it is released.
	return db.bolt.View(func(*bolt.Tx) error {
		f, err := os.Open("/proc/self/maps")
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// start-end perms offset major:minor inode path
			fields := strings.Fields(sc.Text())
			if len(fields) < 6 || fields[4] != strconv.FormatUint(sys.Ino, 10) || !sameDevice(fields[3], sys.Dev) || fields[1][3] != 's' {
				continue
			}
			from, to, _ := strings.Cut(fields[0], "-")
			lo, err1 := strconv.ParseUint(from, 16, 64)
			hi, err2 := strconv.ParseUint(to, 16, 64)
			if err1 != nil || err2 != nil || hi <= lo {
				continue
			}
			if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), syscall.MADV_DONTNEED); errno != 0 {
				return fmt.Errorf("release data file pages: %w", errno)
			}
		}
		return sc.Err()
	})
}

// sameDevice compares /proc/self/maps' "major:minor" (hex) with a stat
// device number.
func sameDevice(field string, dev uint64) bool {
	maj, min, ok := strings.Cut(field, ":")
	if !ok {
		return false
	}
	a, err1 := strconv.ParseUint(maj, 16, 32)
	b, err2 := strconv.ParseUint(min, 16, 32)
	wantMaj := (dev >> 8) & 0xfff
	wantMin := (dev & 0xff) | ((dev >> 12) & 0xfff00)
	return err1 == nil && err2 == nil && a == wantMaj && b == wantMin
}
