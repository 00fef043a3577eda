//go:build !linux

package store

// ReleasePages does nothing outside Linux.
func (db *DB) ReleasePages() error { return nil }
