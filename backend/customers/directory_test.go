package customers_test

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

// Customers created and deleted while the directory loads are all in the
// list afterwards, or all gone: none missing, no ghost that breaks it.
func TestDirectoryLoadsWhileOthersWrite(t *testing.T) {
	db := storetest.Open(t)
	err := db.Update(func(tx *bolt.Tx) error {
		for i := 0; i < 3000; i++ {
			if _, err := customers.Create(tx, customers.Input{Name: fmt.Sprintf("Old %d", i), Email: fmt.Sprintf("old%d@example.com", i)}, time.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s := customers.NewService(db)
	var stop atomic.Bool
	var writes atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				c, err := s.Create(customers.Input{Name: fmt.Sprintf("New %d-%d", w, i), Email: fmt.Sprintf("new%d-%d@example.com", w, i)})
				if err != nil {
					t.Error(err)
					return
				}
				if i%2 == 0 { // every other one goes again
					if err := s.Delete(c.ID); err != nil {
						t.Error(err)
						return
					}
				}
				writes.Add(1)
			}
		}()
	}
	for writes.Load() < 20 { // the writers are under way
		runtime.Gosched()
	}
	if _, err := s.List(customers.ListQuery{Limit: 10}); err != nil { // loads the directory
		t.Fatal(err)
	}
	for at := writes.Load(); writes.Load() < at+20; {
		runtime.Gosched()
	}
	stop.Store(true)
	wg.Wait()

	want := 0
	db.View(func(tx *bolt.Tx) error { want = tx.Bucket(store.BucketCustomers).Stats().KeyN; return nil })
	seen := 0
	for off := 0; ; off += 200 {
		p, err := s.List(customers.ListQuery{Offset: off, Limit: 200})
		if err != nil {
			t.Fatalf("the list broke: %v", err)
		}
		seen += len(p.Items)
		if p.Total != want {
			t.Fatalf("the list counts %d customers, the file holds %d", p.Total, want)
		}
		if len(p.Items) < 200 {
			break
		}
	}
	if seen != want {
		t.Errorf("the list shows %d customers, the file holds %d", seen, want)
	}
}
