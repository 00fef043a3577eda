package users

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/bcrypt"

	"shopdesk/backend/limits"
	"shopdesk/backend/store"
)

// Service manages people in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	now func() time.Time
	// Cost is the bcrypt cost; tests lower it.
	Cost int
}

// New returns a Service over db.
func New(db *store.DB) *Service {
	return &Service{db: db, now: time.Now, Cost: bcrypt.DefaultCost}
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

func get(tx *bolt.Tx, id uint64) (*record, error) {
	v := tx.Bucket(store.BucketUsers).Get(store.U64(id))
	if v == nil {
		return nil, ErrNotFound
	}
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("read person %d: %w", id, err)
	}
	return &r, nil
}

func put(tx *bolt.Tx, r *record) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketUsers).Put(store.U64(r.ID), v)
}

func all(tx *bolt.Tx) ([]*record, error) {
	var out []*record
	err := tx.Bucket(store.BucketUsers).ForEach(func(k, v []byte) error {
		var r record
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		out = append(out, &r)
		return nil
	})
	return out, err
}

// NeedsSetup reports whether the shop has no people yet (first run).
func (s *Service) NeedsSetup() (bool, error) {
	empty := true
	err := s.db.View(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(store.BucketUsers).Cursor().First()
		empty = k == nil
		return nil
	})
	return empty, err
}

// Setup creates the first owner, and runs also in the same transaction
// (the shop's settings), so a shop is never half set up. It fails once
// anyone exists.
func (s *Service) Setup(owner NewPerson, also ...Also) (Person, error) {
	owner.Role = Owner
	r, err := s.prepare(owner)
	if err != nil {
		return Person{}, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(store.BucketUsers).Cursor().First(); k != nil {
			return ErrAlreadySetUp
		}
		if err := insert(tx, r); err != nil {
			return err
		}
		return runAlso(tx, also)
	})
	if err != nil {
		return Person{}, err
	}
	return r.Person, nil
}

// Add creates a person.
func (s *Service) Add(np NewPerson) (Person, error) {
	r, err := s.prepare(np)
	if err != nil {
		return Person{}, err
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return insert(tx, r) }); err != nil {
		return Person{}, err
	}
	return r.Person, nil
}

// prepare checks a new person and hashes the password, outside any
// transaction: bcrypt is slow on purpose and must not hold the writer.
func (s *Service) prepare(np NewPerson) (*record, error) {
	name, err := cleanName(np.Name)
	if err != nil {
		return nil, err
	}
	email, err := CleanEmail(np.Email)
	if err != nil {
		return nil, err
	}
	if np.Role != Owner && np.Role != Rep {
		return nil, fmt.Errorf("role %q is not known: choose owner or rep", limits.Clip(string(np.Role), 21))
	}
	if err := checkPassword(np.Password); err != nil {
		return nil, err
	}
	hash, err := hashPassword(np.Password, s.Cost)
	if err != nil {
		return nil, fmt.Errorf("hash the password: %w", err)
	}
	now := s.now().UTC()
	return &record{Person: Person{Name: name, Email: email, Role: np.Role, Active: true, CreatedAt: now}, Hash: hash, PasswordSetAt: now}, nil
}

// insert stores a prepared person under a new ID, if the email is free.
func insert(tx *bolt.Tx, r *record) error {
	others, err := all(tx)
	if err != nil {
		return err
	}
	for _, o := range others {
		if strings.EqualFold(o.Email, r.Email) {
			return ErrEmailTaken
		}
	}
	r.ID, _ = tx.Bucket(store.BucketUsers).NextSequence()
	return put(tx, r)
}

// List returns everyone, owners first, then by name.
func (s *Service) List() ([]Person, error) {
	var out []Person
	err := s.db.View(func(tx *bolt.Tx) error {
		rs, err := all(tx)
		for _, r := range rs {
			out = append(out, r.Person)
		}
		return err
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].Role != out[j].Role {
			return out[i].Role == Owner
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out, err
}

// Get returns one person.
func (s *Service) Get(id uint64) (Person, error) {
	var p Person
	err := s.db.View(func(tx *bolt.Tx) error {
		r, err := get(tx, id)
		if err == nil {
			p = r.Person
		}
		return err
	})
	return p, err
}

// Change is a partial update of a person; nil fields stay as they are.
type Change struct {
	Name     *string `json:"name,omitempty"`
	Email    *string `json:"email,omitempty"`
	Role     *Role   `json:"role,omitempty"`
	Active   *bool   `json:"active,omitempty"`
	Password *string `json:"password,omitempty"`
}

// Update applies a change, keeping at least one active owner, and runs
// also in the same transaction. A new password is hashed before the
// transaction starts.
func (s *Service) Update(id uint64, c Change, also ...Also) (Person, error) {
	var hash []byte
	if c.Password != nil {
		if err := checkPassword(*c.Password); err != nil {
			return Person{}, err
		}
		var err error
		if hash, err = hashPassword(*c.Password, s.Cost); err != nil {
			return Person{}, fmt.Errorf("hash the password: %w", err)
		}
	}
	var p Person
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, err := get(tx, id)
		if err != nil {
			return err
		}
		if c.Name != nil {
			if r.Name, err = cleanName(*c.Name); err != nil {
				return err
			}
		}
		if c.Email != nil {
			email, err := CleanEmail(*c.Email)
			if err != nil {
				return err
			}
			others, err := all(tx)
			if err != nil {
				return err
			}
			for _, o := range others {
				if o.ID != id && strings.EqualFold(o.Email, email) {
					return ErrEmailTaken
				}
			}
			r.Email = email
		}
		if c.Role != nil {
			if *c.Role != Owner && *c.Role != Rep {
				return fmt.Errorf("role %q is not known: choose owner or rep", limits.Clip(string(*c.Role), 21))
			}
			r.Role = *c.Role
		}
		if c.Active != nil {
			r.Active = *c.Active
		}
		if c.Password != nil {
			r.Hash = hash
			r.PasswordSetAt, r.Failures, r.LockedUntil = s.now().UTC(), 0, time.Time{}
		}
		if err := put(tx, r); err != nil {
			return err
		}
		if err := ensureOwner(tx); err != nil {
			return err
		}
		if err := runAlso(tx, also); err != nil {
			return err
		}
		p = r.Person
		return nil
	})
	return p, err
}

func ensureOwner(tx *bolt.Tx) error {
	rs, err := all(tx)
	if err != nil {
		return err
	}
	for _, r := range rs {
		if r.Role == Owner && r.Active {
			return nil
		}
	}
	return ErrLastOwner
}

// Find reads one person inside a caller's transaction.
func Find(tx *bolt.Tx, id uint64) (Person, error) {
	r, err := get(tx, id)
	if err != nil {
		return Person{}, err
	}
	return r.Person, nil
}

// FirstOwner is the active owner who joined first: who is told when nobody
// else is named.
func FirstOwner(tx *bolt.Tx) (Person, error) {
	rs, err := all(tx)
	if err != nil {
		return Person{}, err
	}
	for _, r := range rs { // by ID: the first set up comes first
		if r.Role == Owner && r.Active {
			return r.Person, nil
		}
	}
	return Person{}, ErrNotFound
}
