package app

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestThrottleCoalescesABurst(t *testing.T) {
	var calls atomic.Int32
	done := make(chan struct{}, 10)
	th := &throttle{every: 50 * time.Millisecond, fn: func() { calls.Add(1); done <- struct{}{} }}
	start := time.Now()
	for i := 0; i < 1000; i++ {
		th.poke()
	}
	<-done // the burst gives one trailing call
	burst := time.Since(start)
	th.poke()
	<-done // a later poke gives another
	// Allowed calls: one per interval that passed, plus the later one.
	if max := int32(burst/(50*time.Millisecond)) + 2; calls.Load() > max {
		t.Errorf("%d calls for a burst of 1000 pokes, want at most %d", calls.Load(), max)
	}
}
