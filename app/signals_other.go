//go:build !linux || !cgo

package app

func hardenSignals() {}
