package tickets

import (
	"errors"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
)

// Batch is many ticket changes in one write transaction: the bulk path for
// imports and sample data, where a transaction per change would spend its
// time writing the same index pages again and again. Its Create, AddMessage
// and Update are the Service's own (the Service's methods are a batch of
// one), so the rules, events and indexes are the same either way.
//
// A Batch is valid only inside the function given to Service.Batch, and
// that function must not call the Service's own Create, AddMessage, Update
// or Delete: they wait for the batch to finish.
type Batch struct {
	s     *Service
	tx    *bolt.Tx
	rows  []row                // for the in-memory index, in commit order
	custs []customers.Customer // created on the way, for the directory
	err   error                // the first failed change
}

// Batch runs fn with a Batch over one write transaction. It commits when fn
// returns nil and every change in it succeeded; otherwise it rolls back,
// leaving the file and the lists as they were, and returns the error. A
// change that fails may have written part of itself, so the first failure
// fails the whole batch even if fn carries on.
func (s *Service) Batch(fn func(b *Batch) error) error {
	b := &Batch{s: s}
	err := s.update(func(tx *bolt.Tx) ([]row, error) {
		b.tx = tx
		err := fn(b)
		if b.err != nil {
			return nil, b.err
		}
		for _, c := range b.custs {
			s.dir.Put(tx, c)
		}
		return b.rows, err
	})
	b.tx = nil
	return err
}

var errBatchDone = errors.New("ticket batch used after it finished")

// run applies one change inside the batch's transaction.
func (b *Batch) run(fn func(tx *bolt.Tx) ([]row, error)) error {
	if b.err != nil {
		return b.err
	}
	if b.tx == nil {
		return errBatchDone
	}
	rows, err := fn(b.tx)
	if err != nil {
		b.err = err
		return err
	}
	b.rows = append(b.rows, rows...)
	return nil
}

// Tx is the batch's transaction, for other areas' changes that must commit
// or roll back together with the tickets' (a reply and its outgoing email).
func (b *Batch) Tx() *bolt.Tx { return b.tx }
