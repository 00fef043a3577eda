package customers

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Service manages customers in the data file. Safe for concurrent use.
type Service struct {
	db  *store.DB
	Dir *Directory
	now func() time.Time
	// OnChange runs inside the transaction that edited a customer, so other
	// areas (the ticket search index) stay in step with it.
	OnChange func(tx *bolt.Tx, before, after Customer) error
	// Stats, if set, gives the list its open tickets, orders and spending.
	Stats StatsSource
}

// NewService returns a Service over db.
func NewService(db *store.DB) *Service {
	return &Service{db: db, Dir: NewDirectory(db), now: time.Now}
}

// Create adds a customer.
func (s *Service) Create(in Input) (Customer, error) {
	var c Customer
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		if c, err = Create(tx, in, s.now().UTC()); err == nil {
			s.Dir.Put(tx, c)
		}
		return err
	})
	return c, err
}

// Update edits a customer if nobody saved it since version.
func (s *Service) Update(id, version uint64, in Input) (Customer, error) {
	var c Customer
	err := s.db.Update(func(tx *bolt.Tx) error {
		before, err := Get(tx, id)
		if err != nil {
			return err
		}
		if c, err = Update(tx, id, version, in, s.now().UTC()); err != nil {
			return err
		}
		s.Dir.Put(tx, c)
		if s.OnChange != nil {
			return s.OnChange(tx, before, c)
		}
		return nil
	})
	return c, err
}

// Delete removes a customer who has no tickets.
func (s *Service) Delete(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := Delete(tx, id); err != nil {
			return err
		}
		s.Dir.Remove(tx, id)
		return nil
	})
}

// Get reads one customer.
func (s *Service) Get(id uint64) (c Customer, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { c, err = Get(tx, id); return err })
	return c, err
}

// CustomerPage is one page of the customer list.
type CustomerPage struct {
	Items []Customer `json:"items"`
	Total int        `json:"total"`
	// Stats are the items' open tickets, orders and spending, in order.
	Stats []Stats `json:"stats"`
}

// List returns a page of customers sorted by name, or by open tickets,
// orders or money spent (q.Sort).
func (s *Service) List(q ListQuery) (p CustomerPage, err error) {
	ids, total, err := s.find(q)
	if err != nil {
		return CustomerPage{}, err
	}
	p = CustomerPage{Total: total, Items: make([]Customer, 0, len(ids))}
	defer func() {
		p.Stats = make([]Stats, len(p.Items))
		if s.Stats == nil {
			return
		}
		keep := make([]uint64, len(p.Items))
		for i, c := range p.Items {
			keep[i] = c.ID
		}
		if st, err := s.Stats.Of(keep); err == nil {
			p.Stats = st
		}
	}()
	err = s.db.View(func(tx *bolt.Tx) error {
		for _, id := range ids {
			c, err := Get(tx, id)
			if errors.Is(err, ErrNotFound) {
				// Deleted after the directory was read: its Remove is
				// on the way; the list goes on without it.
				p.Total--
				continue
			}
			if err != nil {
				return err
			}
			p.Items = append(p.Items, c)
		}
		return nil
	})
	return p, err
}

// find is one page of matching IDs in the order asked for.
func (s *Service) find(q ListQuery) ([]uint64, int, error) {
	if q.Sort == "" || q.Sort == "name" {
		if !q.Desc {
			return s.Dir.Find(q)
		}
	}
	ids, total, err := s.Dir.matching(q)
	if err != nil {
		return nil, 0, err
	}
	if q.Sort == "" || q.Sort == "name" {
		for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
			ids[i], ids[j] = ids[j], ids[i]
		}
	} else {
		all := map[uint64]Stats{}
		if s.Stats != nil {
			if all, err = s.Stats.All(); err != nil {
				return nil, 0, err
			}
		}
		if err := sortBy(ids, all, q.Sort, q.Desc); err != nil {
			return nil, 0, err
		}
	}
	if q.Limit <= 0 || q.Limit > 200 {
		q.Limit = 50
	}
	from := min(max(q.Offset, 0), total)
	to := min(from+q.Limit, total)
	return ids[from:to], total, nil
}
