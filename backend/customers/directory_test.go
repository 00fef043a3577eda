package customers_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"shopdesk/backend/customers"
	"shopdesk/backend/store/storetest"
)

// everyone pages through the whole directory.
func everyone(t *testing.T, s *customers.Service) []uint64 {
	t.Helper()
	var out []uint64
	for off := 0; ; off += 200 {
		ids, total, err := s.Dir.Find(customers.ListQuery{Offset: off, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ids...)
		if off+200 >= total {
			break
		}
	}
	slices.Sort(out)
	return out
}

// The directory loads on first use while others create and delete
// customers in the same file. Whatever the interleaving, it ends up with
// exactly what the file holds: nobody created meanwhile is missing, nobody
// deleted meanwhile stays as a ghost.
func TestTheDirectoryMatchesTheFileWhenChangesRaceItsLoad(t *testing.T) {
	db := storetest.Open(t)
	seed := customers.NewService(db)
	n := 0
	for round := range 15 {
		// Customers for this round's deleters, made before the race.
		var doomed []customers.Customer
		for range 8 {
			n++
			c, err := seed.Create(customers.Input{Name: fmt.Sprintf("Doomed %d", n), Email: fmt.Sprintf("doomed%d@example.com", n)})
			if err != nil {
				t.Fatal(err)
			}
			doomed = append(doomed, c)
		}
		s := customers.NewService(db) // a fresh directory, not loaded yet
		start := make(chan struct{})
		var wg sync.WaitGroup
		errs := make(chan error, 100)
		for w := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for i := range 6 {
					_, err := s.Create(customers.Input{Name: "New", Email: fmt.Sprintf("r%d-w%d-%d@example.com", round, w, i)})
					errs <- err
				}
			}()
		}
		wg.Add(2)
		go func() {
			defer wg.Done()
			<-start
			for _, c := range doomed {
				errs <- s.Delete(c.ID)
			}
		}()
		go func() {
			defer wg.Done()
			<-start
			for _, c := range doomed[:4] {
				_, err := s.Update(c.ID, c.Version, customers.Input{Name: "Edited", Email: c.Email})
				if err != nil {
					err = nil // deleted first: fine, the race is the point
				}
				errs <- err
			}
		}()
		loaded := make(chan []uint64)
		go func() {
			<-start
			_, _, err := s.Dir.Find(customers.ListQuery{Search: "new"})
			errs <- err
			loaded <- nil
		}()
		close(start)
		wg.Wait()
		<-loaded
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		got, want := everyone(t, s), everyone(t, customers.NewService(db))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: the directory holds %d customers, the file %d:\n got %v\nwant %v", round, len(got), len(want), got, want)
		}
	}
}
