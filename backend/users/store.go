package users

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/bcrypt"

	"shopdesk/backend/store"
)

// Service manages people in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	now func() time.Time
	// Cost is the bcrypt cost; tests lower it.
	Cost  int
	locks signInLocks
	// slow admits one bcrypt at a time: on a laptop with two cores, four
	// at once would take every core from the writes the desk is making.
	slow chan struct{}
}

// New returns a Service over db.
func New(db *store.DB) *Service {
	return &Service{db: db, now: time.Now, Cost: bcrypt.DefaultCost, slow: make(chan struct{}, 1)}
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

// Setup creates the first owner. It fails once anyone exists.
func (s *Service) Setup(owner NewPerson) (Person, error) {
	owner.Role = Owner
	hash, err := s.hash(owner.Password)
	if err != nil {
		return Person{}, err
	}
	var p Person
	err = s.db.Update(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(store.BucketUsers).Cursor().First(); k != nil {
			return ErrAlreadySetUp
		}
		var err error
		p, err = s.add(tx, owner, hash)
		return err
	})
	return p, err
}

// Add creates a person.
func (s *Service) Add(np NewPerson) (Person, error) {
	hash, err := s.hash(np.Password)
	if err != nil {
		return Person{}, err
	}
	var p Person
	err = s.db.Update(func(tx *bolt.Tx) error {
		var err error
		p, err = s.add(tx, np, hash)
		return err
	})
	return p, err
}

// hash checks and hashes a password. bcrypt is slow on purpose: callers
// run it before their write transaction, never inside one, so a new
// password does not hold up every other write.
func (s *Service) hash(pw string) ([]byte, error) {
	if err := checkPassword(pw); err != nil {
		return nil, err
	}
	s.slow <- struct{}{}
	defer func() { <-s.slow }()
	return bcrypt.GenerateFromPassword([]byte(pw), s.Cost)
}

func (s *Service) add(tx *bolt.Tx, np NewPerson, hash []byte) (Person, error) {
	name, err := cleanName(np.Name)
	if err != nil {
		return Person{}, err
	}
	email, err := CleanEmail(np.Email)
	if err != nil {
		return Person{}, err
	}
	if np.Role != Owner && np.Role != Rep {
		return Person{}, fmt.Errorf("role %q is not known: choose owner or rep", truncate(string(np.Role), 20))
	}
	others, err := all(tx)
	if err != nil {
		return Person{}, err
	}
	for _, o := range others {
		if strings.EqualFold(o.Email, email) {
			return Person{}, ErrEmailTaken
		}
	}
	id, _ := tx.Bucket(store.BucketUsers).NextSequence()
	now := s.now().UTC()
	r := &record{Person: Person{ID: id, Name: name, Email: email, Role: np.Role, Active: true, CreatedAt: now}, Hash: hash, PasswordSetAt: now}
	return r.Person, put(tx, r)
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

// Update applies a change, keeping at least one active owner.
func (s *Service) Update(id uint64, c Change) (Person, error) {
	var hash []byte
	if c.Password != nil {
		var err error
		if hash, err = s.hash(*c.Password); err != nil {
			return Person{}, err
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
				return fmt.Errorf("role %q is not known: choose owner or rep", truncate(string(*c.Role), 20))
			}
			r.Role = *c.Role
		}
		if c.Active != nil {
			r.Active = *c.Active
		}
		if hash != nil {
			r.Hash = hash
			r.PasswordSetAt, r.Failures, r.LockedUntil = s.now().UTC(), 0, time.Time{}
		}
		if err := put(tx, r); err != nil {
			return err
		}
		if err := ensureOwner(tx); err != nil {
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
