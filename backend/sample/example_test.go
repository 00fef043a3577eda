package sample_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"shopdesk/backend/sample"
)

func ExampleBuild() {
	dir, _ := os.MkdirTemp("", "shopdesk-sample")
	defer os.RemoveAll(dir)
	res, err := sample.Build(filepath.Join(dir, "shop.db"), sample.Options{
		Customers: 40, Tickets: 120, PasswordCost: 4,
		Now: time.Date(2026, 10, 30, 16, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Owner.Name, "and", len(res.Staff)-1, "reps;", res.Customers, "customers,", res.Tickets, "tickets")
	// Output: Maya Chen and 3 reps; 40 customers, 120 tickets
}
