package customers

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func emailKey(email string) []byte { return []byte(strings.ToLower(email)) }

// Get reads one customer inside tx.
func Get(tx *bolt.Tx, id uint64) (Customer, error) {
	var c Customer
	v := tx.Bucket(store.BucketCustomers).Get(store.U64(id))
	if v == nil {
		return c, ErrNotFound
	}
	if err := json.Unmarshal(v, &c); err != nil {
		return c, fmt.Errorf("read customer %d: %w", id, err)
	}
	return c, nil
}

// ByEmail finds a customer by address, ignoring case; ok is false if none.
func ByEmail(tx *bolt.Tx, email string) (c Customer, ok bool, err error) {
	email = strings.TrimSpace(email)
	if email == "" {
		return c, false, nil
	}
	v := tx.Bucket(store.BucketCustEmail).Get(emailKey(email))
	if v == nil {
		return c, false, nil
	}
	c, err = Get(tx, store.ParseU64(v))
	return c, err == nil, err
}

func put(tx *bolt.Tx, c *Customer) error {
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketCustomers).Put(store.U64(c.ID), v)
}

// Create adds a customer inside tx; the address must be new.
func Create(tx *bolt.Tx, in Input, now time.Time) (Customer, error) {
	in, err := in.clean()
	if err != nil {
		return Customer{}, err
	}
	if _, ok, err := ByEmail(tx, in.Email); err != nil {
		return Customer{}, err
	} else if ok {
		return Customer{}, ErrEmailTaken
	}
	id, err := tx.Bucket(store.BucketCustomers).NextSequence()
	if err != nil {
		return Customer{}, err
	}
	c := Customer{ID: id, Name: in.Name, Email: in.Email, Phone: in.Phone, Notes: in.Notes,
		Tags: in.Tags, CreatedAt: now, UpdatedAt: now, Version: 1}
	if err := put(tx, &c); err != nil {
		return c, err
	}
	return c, putEmail(tx, c.Email, id)
}

func deleteEmail(tx *bolt.Tx, email string) error {
	if email == "" {
		return nil
	}
	return tx.Bucket(store.BucketCustEmail).Delete(emailKey(email))
}

// putEmail indexes a customer's address; a customer without one is found by
// name only.
func putEmail(tx *bolt.Tx, email string, id uint64) error {
	if email == "" {
		return nil
	}
	return tx.Bucket(store.BucketCustEmail).Put(emailKey(email), store.U64(id))
}

// FindOrCreate returns the customer with this address, creating one (with
// name, or a name made from the address) if there is none. A known customer
// keeps their saved name.
func FindOrCreate(tx *bolt.Tx, name, email string, now time.Time) (Customer, bool, error) {
	return FindOrCreateWithPhone(tx, name, email, "", now)
}

// FindOrCreateWithPhone is FindOrCreate for a customer who may have given
// only their name and phone number (no address: always a new customer).
func FindOrCreateWithPhone(tx *bolt.Tx, name, email, phone string, now time.Time) (Customer, bool, error) {
	if strings.TrimSpace(email) != "" {
		if c, ok, err := ByEmail(tx, email); err != nil || ok {
			return c, false, err
		}
	}
	c, err := Create(tx, Input{Name: name, Email: email, Phone: phone}, now)
	return c, err == nil, err
}

// Update replaces a customer's fields if nobody saved it since version.
func Update(tx *bolt.Tx, id, version uint64, in Input, now time.Time) (Customer, error) {
	c, err := Get(tx, id)
	if err != nil {
		return c, err
	}
	if c.Version != version {
		return c, ErrConflict
	}
	in, err = in.clean()
	if err != nil {
		return c, err
	}
	if !strings.EqualFold(in.Email, c.Email) {
		if _, ok, err := ByEmail(tx, in.Email); err != nil {
			return c, err
		} else if ok {
			return c, ErrEmailTaken
		}
		if err := deleteEmail(tx, c.Email); err != nil {
			return c, err
		}
	}
	if err := putEmail(tx, in.Email, id); err != nil {
		return c, err
	}
	c.Name, c.Email, c.Phone, c.Notes, c.Tags = in.Name, in.Email, in.Phone, in.Notes, in.Tags
	c.UpdatedAt, c.Version = now, c.Version+1
	return c, put(tx, &c)
}

// Delete removes a customer who has no tickets.
func Delete(tx *bolt.Tx, id uint64) error {
	c, err := Get(tx, id)
	if err != nil {
		return err
	}
	if k, _ := tx.Bucket(store.BucketCustTix).Cursor().Seek(store.U64(id)); k != nil && store.ParseU64(k) == id {
		return ErrHasTickets
	}
	if err := deleteEmail(tx, c.Email); err != nil {
		return err
	}
	return tx.Bucket(store.BucketCustomers).Delete(store.U64(id))
}
