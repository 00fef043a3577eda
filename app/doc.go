// Package app is the API the window calls: one bound struct per area. Each
// method says who may call it, then makes one call into backend/ and
// returns (T, error). A panic becomes an error message, never a crash.
//
// Every use of the Wails runtime is in runtime.go.
package app
