package main

import (
	"path/filepath"
	"testing"
)

// TestBatchRateDeliversEveryMessage runs the batch figure small, so a
// broken benchmark shows up in `make test` rather than in `make bench`.
func TestBatchRateDeliversEveryMessage(t *testing.T) {
	rate, err := batchRate(filepath.Join(t.TempDir(), "mail.db"), 20)
	if err != nil {
		t.Fatal(err)
	}
	if rate <= 0 {
		t.Errorf("rate = %v", rate)
	}
}

func TestBatchThroughAppReportsTwoFigures(t *testing.T) {
	r := &report{}
	if err := batchThroughApp(r, t.TempDir(), 30); err != nil {
		t.Fatal(err)
	}
	if r.met+r.missed != 2 {
		t.Errorf("%d figures, want 2", r.met+r.missed)
	}
}
