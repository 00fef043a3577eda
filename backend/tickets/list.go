package tickets

import (
	"container/heap"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/limits"
	"shopdesk/backend/search"
)

// Saved views of the inbox.
const (
	ViewMine       = "mine"       // assigned to me, still active
	ViewUnassigned = "unassigned" // nobody's, still active
	ViewOverdue    = "overdue"    // past its target, not waiting on the customer
	ViewOpen       = "open"       // all active
	ViewResolved   = "resolved"   // resolved or closed
	ViewAll        = "all"
)

// Views lists the saved views in the order the sidebar shows them.
var Views = []string{ViewMine, ViewUnassigned, ViewOverdue, ViewOpen, ViewResolved, ViewAll}

// Sort orders.
const (
	SortUpdated  = "updated"  // last update, newest first
	SortPriority = "priority" // most urgent first, then newest update
	SortDue      = "due"      // soonest due first; nothing due last
	SortCreated  = "created"  // newest first
)

// Query asks for one page of the inbox.
type Query struct {
	View string `json:"view"`
	// Me is the signed-in person; the app fills it in.
	Me         uint64     `json:"-"`
	Statuses   []Status   `json:"statuses"`
	Priorities []Priority `json:"priorities"`
	Categories []Category `json:"categories"`
	Channels   []Channel  `json:"channels"`
	// Assignee filters by person; -1 (or unset) means anyone, 0 nobody.
	Assignee   *int64 `json:"assignee,omitempty"`
	Tag        string `json:"tag"`
	CustomerID uint64 `json:"customerId"`
	// Search is the words typed; results come newest first.
	Search string `json:"search"`
	Sort   string `json:"sort"`
	Cursor string `json:"cursor"`
	Limit  int    `json:"limit"`
}

// Summary is one line of the inbox.
type Summary struct {
	ID            uint64    `json:"id"`
	Number        uint64    `json:"number"`
	Subject       string    `json:"subject"`
	CustomerID    uint64    `json:"customerId"`
	CustomerName  string    `json:"customerName"`
	CustomerEmail string    `json:"customerEmail"`
	OrderNumber   string    `json:"orderNumber"`
	Channel       Channel   `json:"channel"`
	Category      Category  `json:"category"`
	Priority      Priority  `json:"priority"`
	Status        Status    `json:"status"`
	AssigneeID    uint64    `json:"assigneeId"`
	Tags          []string  `json:"tags"`
	Preview       string    `json:"preview"`
	MessageCount  int       `json:"messageCount"`
	CreatedAt     time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time `json:"updatedAt" ts_type:"string"`
	DueAt         string    `json:"dueAt"` // RFC 3339, or "" when nothing is due
	Overdue       bool      `json:"overdue"`
	Version       uint64    `json:"version"`
}

// Page is one page of results. Next is the cursor for the following page
// ("" at the end). Total counts all matches, or -1 for a search, whose
// total is not counted so that it stays fast.
type Page struct {
	Items []Summary `json:"items"`
	Next  string    `json:"next"`
	Total int       `json:"total"`
}

// MaxLimit caps a page; the window asks for 50 at a time.
const MaxLimit = 200

type filter struct {
	view                  string
	me                    uint64
	status, prio, cat, ch uint16 // bit sets over the value lists; 0: any
	assignee              int64
	tag                   string
	customer              uint64
	nowMs                 int64
}

func bits[T comparable](codes map[T]uint8, vals []T, what string) (uint16, error) {
	var b uint16
	for _, v := range vals {
		c, ok := codes[v]
		if !ok {
			return 0, fmt.Errorf("%s %v is not known: reload the window", what, v)
		}
		b |= 1 << c
	}
	return b, nil
}

func (s *Service) filterOf(q Query) (filter, error) {
	f := filter{view: q.View, me: q.Me, assignee: -1, tag: strings.ToLower(strings.TrimSpace(q.Tag)),
		customer: q.CustomerID, nowMs: s.now().UnixMilli()}
	if f.view == "" {
		f.view = ViewAll
	}
	if indexOf(Views, f.view) < 0 {
		return f, fmt.Errorf("view %q is not known: pick one from the sidebar", limits.Clip(f.view, 20))
	}
	var err error
	if f.status, err = bits(statusCodes, q.Statuses, "status"); err != nil {
		return f, err
	}
	if f.prio, err = bits(priorityCodes, q.Priorities, "priority"); err != nil {
		return f, err
	}
	if f.cat, err = bits(categoryCodes, q.Categories, "category"); err != nil {
		return f, err
	}
	if f.ch, err = bits(channelCodes, q.Channels, "channel"); err != nil {
		return f, err
	}
	if q.Assignee != nil {
		f.assignee = *q.Assignee
	}
	return f, nil
}

func (f *filter) match(r *row) bool {
	switch f.view {
	case ViewMine:
		if r.assignee != f.me || !activeCode(r.status) {
			return false
		}
	case ViewUnassigned:
		if r.assignee != 0 || !activeCode(r.status) {
			return false
		}
	case ViewOverdue:
		if !activeCode(r.status) || r.status == codePending || r.due == 0 || r.due >= f.nowMs {
			return false
		}
	case ViewOpen:
		if !activeCode(r.status) {
			return false
		}
	case ViewResolved:
		if activeCode(r.status) {
			return false
		}
	}
	if f.status != 0 && f.status&(1<<r.status) == 0 ||
		f.prio != 0 && f.prio&(1<<r.priority) == 0 ||
		f.cat != 0 && f.cat&(1<<r.category) == 0 ||
		f.ch != 0 && f.ch&(1<<r.channel) == 0 ||
		f.assignee >= 0 && uint64(f.assignee) != r.assignee ||
		f.customer != 0 && f.customer != r.customer {
		return false
	}
	if f.tag != "" {
		for _, t := range r.tags {
			if t == f.tag {
				return true
			}
		}
		return false
	}
	return true
}

// sortKey orders rows ascending: a, then b, then c.
type sortKey struct{ a, b, c int64 }

func (k sortKey) less(o sortKey) bool {
	if k.a != o.a {
		return k.a < o.a
	}
	if k.b != o.b {
		return k.b < o.b
	}
	return k.c < o.c
}

func keyOf(sort string, r *row) sortKey {
	c := -int64(r.id)
	switch sort {
	case SortPriority:
		return sortKey{int64(r.priority), -r.updated, c}
	case SortDue:
		due := r.due
		if due == 0 {
			due = math.MaxInt64
		}
		return sortKey{due, int64(r.priority), c}
	case SortCreated:
		return sortKey{-r.created, 0, c}
	default:
		return sortKey{-r.updated, 0, c}
	}
}

func (k sortKey) String() string {
	return strconv.FormatInt(k.a, 36) + "." + strconv.FormatInt(k.b, 36) + "." + strconv.FormatInt(k.c, 36)
}

func parseKey(s string) (sortKey, error) {
	p := strings.Split(s, ".")
	if len(p) != 3 {
		return sortKey{}, fmt.Errorf("the list position is damaged: reload the list")
	}
	var k sortKey
	var errs [3]error
	k.a, errs[0] = strconv.ParseInt(p[0], 36, 64)
	k.b, errs[1] = strconv.ParseInt(p[1], 36, 64)
	k.c, errs[2] = strconv.ParseInt(p[2], 36, 64)
	for _, err := range errs {
		if err != nil {
			return sortKey{}, fmt.Errorf("the list position is damaged: reload the list")
		}
	}
	return k, nil
}

// topK keeps the k smallest keys seen, as a max-heap.
type topK []struct {
	k   sortKey
	pos int
}

func (h topK) Len() int           { return len(h) }
func (h topK) Less(i, j int) bool { return h[j].k.less(h[i].k) }
func (h topK) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *topK) Push(x any) {
	*h = append(*h, x.(struct {
		k   sortKey
		pos int
	}))
}
func (h *topK) Pop() any { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

// List returns one page of the inbox.
func (s *Service) List(q Query) (Page, error) {
	if err := s.Loaded(); err != nil {
		return Page{}, err
	}
	f, err := s.filterOf(q)
	if err != nil {
		return Page{}, err
	}
	if q.Limit <= 0 || q.Limit > MaxLimit {
		q.Limit = 50
	}
	if strings.TrimSpace(q.Search) != "" {
		return s.searchPage(q, f)
	}
	if q.Sort == "" {
		q.Sort = SortUpdated
	}
	if q.Sort != SortUpdated && q.Sort != SortPriority && q.Sort != SortDue && q.Sort != SortCreated {
		return Page{}, fmt.Errorf("sort %q is not known: choose priority, due or last update", limits.Clip(q.Sort, 20))
	}
	var after *sortKey
	if q.Cursor != "" {
		k, err := parseKey(q.Cursor)
		if err != nil {
			return Page{}, err
		}
		after = &k
	}
	h := make(topK, 0, q.Limit+1)
	total := 0
	s.ix.mu.RLock()
	// Newest rows first: every sort but "due" favours recent tickets, so
	// the heap fills with winners early and most rows cost one comparison.
	// Ties are broken by ID, so the order of the scan never shows.
	for i := len(s.ix.rows) - 1; i >= 0; i-- {
		r := &s.ix.rows[i]
		if !f.match(r) {
			continue
		}
		total++
		k := keyOf(q.Sort, r)
		if after != nil && !after.less(k) {
			continue
		}
		if len(h) <= q.Limit {
			heap.Push(&h, struct {
				k   sortKey
				pos int
			}{k, i})
		} else if k.less(h[0].k) {
			h[0].k, h[0].pos = k, i
			heap.Fix(&h, 0)
		}
	}
	// Pop largest first into the back of the slice.
	ids := make([]uint64, len(h))
	keys := make([]sortKey, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		x := heap.Pop(&h).(struct {
			k   sortKey
			pos int
		})
		ids[i], keys[i] = s.ix.rows[x.pos].id, x.k
	}
	s.ix.mu.RUnlock()
	page := Page{Total: total}
	if len(ids) > q.Limit {
		ids, page.Next = ids[:q.Limit], keys[q.Limit-1].String()
	}
	page.Items, err = s.summaries(ids)
	return page, err
}

// searchPage lists the tickets matching q.Search: the ticket whose number
// was typed first (rank 0), then every other match newest first (rank 1, by
// ID). The cursor holds where the walk of rank 1 stopped and which ticket
// was pinned at rank 0, so no page repeats or skips a ticket; new tickets
// get higher IDs and so never shift the pages already walked.
func (s *Service) searchPage(q Query, f filter) (Page, error) {
	cur, err := parseSearchCursor(q.Cursor)
	if err != nil {
		return Page{}, err
	}
	var ids []uint64
	// A ticket number ("#1042" or "1042") finds that ticket first.
	if n, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(q.Search), "#"), 10, 64); err == nil && n > NumberBase && q.Cursor == "" {
		s.ix.mu.RLock()
		if r, ok := s.ix.get(n - NumberBase); ok && f.match(&r) {
			ids, cur.pinned = append(ids, r.id), r.id
		}
		s.ix.mu.RUnlock()
	}
	// walked[i] is the rank-1 position after ids[i] (the pinned one has none).
	walked := make([]uint64, len(ids), q.Limit+1)
	err = s.db.View(func(tx *bolt.Tx) error {
		s.ix.mu.RLock()
		defer s.ix.mu.RUnlock()
		search.Match(tx, q.Search, cur.before, func(id uint64) bool {
			r, ok := s.ix.get(id)
			if ok && id != cur.pinned && f.match(&r) {
				ids, walked = append(ids, id), append(walked, id)
			}
			return len(ids) <= q.Limit
		})
		return nil
	})
	if err != nil {
		return Page{}, err
	}
	page := Page{Total: -1}
	if len(ids) > q.Limit {
		next := searchCursor{before: cur.before, pinned: cur.pinned}
		if w := walked[q.Limit-1]; w != 0 {
			next.before = w
		}
		ids, page.Next = ids[:q.Limit], next.String()
	}
	page.Items, err = s.summaries(ids)
	return page, err
}

// searchCursor is where a search page ends: the walk goes on below before
// (0: from the newest), and pinned (shown first) is not listed again.
type searchCursor struct{ before, pinned uint64 }

func (c searchCursor) String() string {
	s := "s" + strconv.FormatUint(c.before, 36)
	if c.pinned != 0 {
		s += "." + strconv.FormatUint(c.pinned, 36)
	}
	return s
}

func parseSearchCursor(s string) (searchCursor, error) {
	var c searchCursor
	if s == "" {
		return c, nil
	}
	bad := fmt.Errorf("the list position is damaged: reload the list")
	rest, ok := strings.CutPrefix(s, "s")
	if !ok {
		return c, bad
	}
	before, pinned, hasPin := strings.Cut(rest, ".")
	var err error
	if c.before, err = strconv.ParseUint(before, 36, 64); err != nil {
		return c, bad
	}
	if hasPin {
		if c.pinned, err = strconv.ParseUint(pinned, 36, 64); err != nil {
			return c, bad
		}
	}
	return c, nil
}

// summaries loads the display fields of the given tickets, in order.
func (s *Service) summaries(ids []uint64) ([]Summary, error) {
	out := make([]Summary, 0, len(ids))
	now := s.now()
	err := s.db.View(func(tx *bolt.Tx) error {
		names := map[uint64]customers.Customer{}
		for _, id := range ids {
			t, err := Get(tx, id)
			if err != nil {
				return err
			}
			c, ok := names[t.CustomerID]
			if !ok {
				c, _ = customers.Get(tx, t.CustomerID)
				names[t.CustomerID] = c
			}
			out = append(out, summaryOf(t, c, now))
		}
		return nil
	})
	return out, err
}

func summaryOf(t *Ticket, c customers.Customer, now time.Time) Summary {
	sm := Summary{ID: t.ID, Number: t.Number, Subject: t.Subject, CustomerID: t.CustomerID,
		CustomerName: c.Name, CustomerEmail: c.Email, OrderNumber: t.OrderNumber, Channel: t.Channel,
		Category: t.Category, Priority: t.Priority, Status: t.Status, AssigneeID: t.AssigneeID,
		Tags: t.Tags, Preview: t.Preview, MessageCount: t.MessageCount, CreatedAt: t.CreatedAt,
		UpdatedAt: t.UpdatedAt, Overdue: t.Overdue(now), Version: t.Version}
	if sm.Tags == nil {
		sm.Tags = []string{}
	}
	if d := t.DueAt(); !d.IsZero() {
		sm.DueAt = d.Format(time.RFC3339)
	}
	return sm
}

// Counts are the number of tickets in each saved view for person me.
func (s *Service) Counts(me uint64) map[string]int {
	// Rows that could not be read count as none (Loaded's error says why).
	_ = s.Loaded()
	nowMs := s.now().UnixMilli()
	counts := make(map[string]int, len(Views))
	for _, v := range Views {
		counts[v] = 0 // every view, so the window can show a zero
	}
	s.ix.mu.RLock()
	defer s.ix.mu.RUnlock()
	for i := range s.ix.rows {
		r := &s.ix.rows[i]
		if !activeCode(r.status) {
			counts[ViewResolved]++
			continue
		}
		counts[ViewOpen]++
		if r.assignee == 0 {
			counts[ViewUnassigned]++
		} else if r.assignee == me {
			counts[ViewMine]++
		}
		if r.status != codePending && r.due != 0 && r.due < nowMs {
			counts[ViewOverdue]++
		}
	}
	counts[ViewAll] = len(s.ix.rows)
	return counts
}
