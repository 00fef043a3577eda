package users

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// ChangePassword sets a person's own password, given the current one: one
// call and one write transaction. The current password is checked as a
// sign-in is (wrong ones count towards the wait), and both bcrypt steps run
// before the write. If the password changed meanwhile, nothing is saved.
func (s *Service) ChangePassword(id uint64, current, next string) error {
	hash, err := s.hash(next)
	if err != nil {
		return err
	}
	mu := s.locks.of(id)
	if _, err := s.SignIn(id, current); err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	var checked []byte
	if err := s.db.View(func(tx *bolt.Tx) error {
		r, err := get(tx, id)
		if err == nil {
			checked = r.Hash
		}
		return err
	}); err != nil {
		return err
	}
	// The hash read here is the one SignIn accepted unless a change slipped
	// in between; then the check below refuses rather than overwrite it.
	return s.db.Update(func(tx *bolt.Tx) error {
		r, err := get(tx, id)
		if err != nil {
			return err
		}
		if !bytes.Equal(r.Hash, checked) {
			return ErrWrongPassword
		}
		r.Hash, r.PasswordSetAt, r.Failures = hash, s.now().UTC(), 0
		return put(tx, r)
	})
}
