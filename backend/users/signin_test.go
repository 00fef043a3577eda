package users_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store/storetest"
	"shopdesk/backend/users"
)

// A sign-in compares the password (bcrypt, slow on purpose) outside any
// write transaction: with another writer holding the file, a right
// password still signs in, so a sign-in never holds ticket writes up.
func TestARightPasswordSignsInWhileAnotherWriterHoldsTheFile(t *testing.T) {
	db := storetest.Open(t)
	s := users.New(db)
	s.Cost = 4
	owner, err := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	holding, release := make(chan struct{}), make(chan struct{})
	writerDone := make(chan error)
	go func() {
		writerDone <- db.Update(func(tx *bolt.Tx) error {
			close(holding)
			<-release
			return nil
		})
	}()
	<-holding
	signedIn := make(chan error)
	go func() { _, err := s.SignIn(owner.ID, "correct horse"); signedIn <- err }()
	select {
	case err := <-signedIn:
		if err != nil {
			t.Errorf("sign in: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("the sign-in waited for the writer: the password check runs inside a write transaction")
	}
	close(release)
	if err := <-writerDone; err != nil {
		t.Fatal(err)
	}
}

// Wrong passwords tried at the same moment each count: none is lost
// because the count is re-read in the transaction that raises it.
func TestWrongPasswordsAtOnceAllCount(t *testing.T) {
	s, _ := newService(t)
	owner, err := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range users.FreeTries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.SignIn(owner.ID, "guess"); !errors.Is(err, users.ErrWrongPassword) {
				t.Errorf("wrong password: %v", err)
			}
		}()
	}
	wg.Wait()
	var wait *users.TooManyTriesError
	if _, err := s.SignIn(owner.ID, "correct horse"); !errors.As(err, &wait) {
		t.Errorf("after %d wrong tries at once, the next try = %v; want a wait", users.FreeTries, err)
	}
}

func TestChangePasswordChecksTheCurrentOneAndRunsAlsoInTheSameTransaction(t *testing.T) {
	db := storetest.Open(t)
	s := users.New(db)
	s.Cost = 4
	owner, err := s.Setup(users.NewPerson{Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	ran := false
	mark := func(tx *bolt.Tx) error { ran = true; return nil }
	if err := s.ChangePassword(owner.ID, "wrong", "new password", mark); !errors.Is(err, users.ErrWrongPassword) || ran {
		t.Fatalf("wrong current password: err = %v, also ran = %v", err, ran)
	}
	failing := func(tx *bolt.Tx) error { return errors.New("disk full") }
	if err := s.ChangePassword(owner.ID, "correct horse", "new password", failing); err == nil {
		t.Fatal("a failing also did not fail the change")
	}
	if _, err := s.SignIn(owner.ID, "correct horse"); err != nil {
		t.Errorf("a failed change must leave the old password: %v", err)
	}
	if err := s.ChangePassword(owner.ID, "correct horse", "new password", mark); err != nil || !ran {
		t.Fatalf("change: err = %v, also ran = %v", err, ran)
	}
	if _, err := s.SignIn(owner.ID, "new password"); err != nil {
		t.Errorf("new password: %v", err)
	}
	if err := s.ChangePassword(owner.ID, "new password", "short"); err == nil {
		t.Error("a too-short new password was accepted")
	}
}
