package orders

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/store"
)

// Service keeps orders in the data file. Safe for concurrent use.
type Service struct {
	db   *store.DB
	cust *customers.Service
	now  func() time.Time
	// BeforeDelete, if set, may refuse to delete an order (the returns
	// area refuses one with return requests). It runs in the deleting
	// transaction.
	BeforeDelete func(tx *bolt.Tx, o Order) error
	// Currency, if set, is the shop's currency: an export that names
	// none is in it.
	Currency func() string

	mu  sync.Mutex
	job *job // the running or last import
}

// NewService returns a Service over db; new customers go into cust's
// directory.
func NewService(db *store.DB, cust *customers.Service) *Service {
	return &Service{db: db, cust: cust, now: time.Now}
}

// SetClock replaces the clock (tests and the sample shop).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// remember puts a customer the order created into the customer list once
// tx commits.
func (s *Service) remember(tx *bolt.Tx, before map[uint64]bool, o Order) {
	if s.cust != nil && !before[o.CustomerID] {
		if c, err := customers.Get(tx, o.CustomerID); err == nil {
			s.cust.Dir.Put(tx, c)
		}
	}
}

func known(tx *bolt.Tx, in Input) map[uint64]bool {
	if in.CustomerID != 0 {
		return map[uint64]bool{in.CustomerID: true}
	}
	if c, ok, _ := customers.ByEmail(tx, in.Email); ok {
		return map[uint64]bool{c.ID: true}
	}
	return nil
}

// Create adds an order typed in by hand.
func (s *Service) Create(in Input) (o Order, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		before := known(tx, in)
		if o, err = Create(tx, in, s.now().UTC()); err == nil {
			s.remember(tx, before, o)
		}
		return err
	})
	return o, err
}

// Update edits an order if nobody saved it since version.
func (s *Service) Update(id, version uint64, in Input) (o Order, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		before := known(tx, in)
		if o, err = Update(tx, id, version, in, s.now().UTC()); err == nil {
			s.remember(tx, before, o)
		}
		return err
	})
	return o, err
}

// Delete removes an order, unless BeforeDelete refuses.
func (s *Service) Delete(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return Delete(tx, id, s.BeforeDelete) })
}

// Get reads one order.
func (s *Service) Get(id uint64) (o Order, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { o, err = Get(tx, id); return err })
	return o, err
}

// ByNumber finds the order with this number.
func (s *Service) ByNumber(number string) (o Order, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { o, ok, err = ByNumber(tx, number); return err })
	return o, ok, err
}

// ForCustomer lists a customer's orders, newest first.
func (s *Service) ForCustomer(customerID uint64, limit int) (out []Summary, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = ForCustomer(tx, customerID, limit); return err })
	return out, err
}

// View runs fn in a read transaction (the app joins orders with tickets).
func (s *Service) View(fn func(tx *bolt.Tx) error) error { return s.db.View(fn) }

// MaxPage is the most orders one List call returns.
const MaxPage = 200

// List pages through orders, newest first.
func (s *Service) List(q ListQuery) (p Page, err error) {
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	p.Items = []Summary{}
	search := strings.TrimSpace(q.Search)
	switch {
	case q.CustomerID != 0:
		err = s.db.View(func(tx *bolt.Tx) error {
			all, err := ForCustomer(tx, q.CustomerID, 0)
			p.Total = len(all)
			p.Items, p.Next = pageOf(all, q)
			return err
		})
	case search != "":
		err = s.db.View(func(tx *bolt.Tx) error {
			all, err := s.search(tx, search)
			p.Total = len(all)
			p.Items, p.Next = pageOf(all, q)
			return err
		})
	default:
		err = s.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(store.BucketShopOrders)
			p.Total = b.Stats().KeyN
			c := tx.Bucket(store.BucketOrderPlaced).Cursor()
			var k []byte
			if from, ok := parseCursor(q.Cursor); ok {
				c.Seek(from)
				k, _ = c.Prev()
			} else {
				k, _ = c.Last()
			}
			for ; k != nil && len(p.Items) < q.Limit; k, _ = c.Prev() {
				o, err := Get(tx, store.ParseU64(k[8:]))
				if err != nil {
					return err
				}
				p.Items = append(p.Items, o.Summary())
			}
			if k != nil && len(p.Items) == q.Limit {
				last := p.Items[len(p.Items)-1]
				p.Next = cursorOf(last)
			}
			return nil
		})
	}
	return p, err
}

// search finds orders by number (its start) or by their customer's name
// or address, newest first, at most a few hundred.
func (s *Service) search(tx *bolt.Tx, text string) ([]Summary, error) {
	const most = 500
	out := []Summary{}
	seen := map[uint64]bool{}
	prefix := numberKey(text)
	c := tx.Bucket(store.BucketOrderNumber).Cursor()
	for k, v := c.Seek(prefix); k != nil && strings.HasPrefix(string(k), string(prefix)) && len(out) < most; k, v = c.Next() {
		o, err := Get(tx, store.ParseU64(v))
		if err != nil {
			return nil, err
		}
		seen[o.ID] = true
		out = append(out, o.Summary())
	}
	if s.cust != nil && len(out) < most {
		ids, _, err := s.cust.Dir.Find(customers.ListQuery{Search: text, Limit: 50})
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			list, err := ForCustomer(tx, id, 0)
			if err != nil {
				return nil, err
			}
			for _, o := range list {
				if !seen[o.ID] && len(out) < most {
					seen[o.ID] = true
					out = append(out, o)
				}
			}
		}
	}
	sortNewest(out)
	return out, nil
}

func sortNewest(list []Summary) {
	slices.SortStableFunc(list, func(a, b Summary) int {
		if newer(a, b) {
			return -1
		}
		if newer(b, a) {
			return 1
		}
		return 0
	})
}

func newer(a, b Summary) bool {
	if !a.PlacedAt.Equal(b.PlacedAt) {
		return a.PlacedAt.After(b.PlacedAt)
	}
	return a.ID > b.ID
}

func cursorOf(o Summary) string {
	return strconv.FormatInt(o.PlacedAt.Unix(), 10) + ":" + strconv.FormatUint(o.ID, 10)
}

func parseCursor(s string) ([]byte, bool) {
	a, b, ok := strings.Cut(s, ":")
	if !ok {
		return nil, false
	}
	t, err1 := strconv.ParseInt(a, 10, 64)
	id, err2 := strconv.ParseUint(b, 10, 64)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	return store.Key(store.U64(uint64(t)), store.U64(id)), true
}

// pageOf cuts one page out of a sorted list by the cursor.
func pageOf(all []Summary, q ListQuery) ([]Summary, string) {
	start := 0
	if q.Cursor != "" {
		start = len(all)
		for i, o := range all {
			if cursorOf(o) == q.Cursor {
				start = i + 1
				break
			}
		}
	}
	end := min(start+q.Limit, len(all))
	page := all[start:end]
	next := ""
	if end < len(all) && len(page) > 0 {
		next = cursorOf(page[len(page)-1])
	}
	return page, next
}

var errNoFile = errors.New("choose an order export to import")
