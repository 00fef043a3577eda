package orders

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/money"
	"shopdesk/backend/users"
)

// Import tuning: orders a transaction (a cancel stops between two) and
// skipped rows listed.
const (
	ordersPerTx = 1000
	maxListed   = 500
)

// Import reads an order export and adds or updates its orders, whole
// orders a transaction at a time: cancelling ctx stops between two, so no
// order is ever half written. The same file twice changes nothing; a newer
// export updates the orders that changed. Rows that cannot be read are
// skipped and listed with their line; progress (if set) hears after every
// transaction.
func (s *Service) Import(ctx context.Context, r io.Reader, size int64, name string, format Format, progress func(ImportReport)) (ImportReport, error) {
	rep := ImportReport{State: ImportRunning, File: name, Format: format, BytesAll: size, StartedAt: s.now().UTC(), Skipped: []Skipped{}}
	fail := func(err error) (ImportReport, error) {
		rep.State, rep.Error, rep.FinishedAt = ImportFailed, err.Error(), s.now().UTC()
		return rep, err
	}
	if format == "" {
		format = FormatAuto
	}
	cnt := &counter{r: r}
	f, err := openCSV(cnt)
	if err != nil {
		return fail(err)
	}
	lay, err := detect(f, format)
	if err != nil {
		return fail(err)
	}
	rep.Format = lay.format
	var loc *time.Location
	_ = s.db.View(func(tx *bolt.Tx) error { loc = Zone(tx); return nil })
	im := &importer{s: s, lay: lay, rep: &rep, loc: loc, now: s.now().UTC(), done: map[string]int{},
		defCur: s.defaultCurrency()}
	if f.latin {
		im.skip(1, "", "the file is not UTF-8 text: it was read as Windows-1252 (Western European); check that names with accents look right")
		rep.SkippedAll-- // a note, not a skipped row
	}
	var cur *draft
	var curBad bool
	batch := make([]*draft, 0, ordersPerTx)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := im.write(batch); err != nil {
			return err
		}
		batch = batch[:0]
		rep.BytesDone = cnt.n
		if progress != nil {
			progress(rep.copy())
		}
		return nil
	}
	finish := func() error {
		if cur != nil && !curBad {
			if err := im.finish(cur); err != nil {
				im.skip(cur.line, cur.o.Number, err.Error())
			} else {
				batch = append(batch, cur)
				rep.Orders++
			}
		}
		cur, curBad = nil, false
		if len(batch) >= ordersPerTx {
			if err := ctx.Err(); err != nil {
				return err
			}
			return flush()
		}
		return nil
	}
	for {
		rw, err := f.next()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			rep.Rows++
			im.skip(pe.StartLine, "", fmt.Sprintf("the row could not be read (%v): check its quotes", pe.Err))
			if cur != nil && pe.StartLine > cur.line {
				// A row of this order is lost: the order is not complete.
				im.skip(cur.line, cur.o.Number, fmt.Sprintf("order %s was not imported: its row at line %d could not be read", cur.o.Number, pe.StartLine))
				curBad = true
			}
			continue
		}
		if err != nil {
			return fail(fmt.Errorf("read the file: %w", err))
		}
		if rw.empty() {
			continue
		}
		rep.Rows++
		if !f.latin && !validRow(rw) {
			im.skip(rw.line, "", "the row is not UTF-8 text: save the export as UTF-8 and import it again")
			continue
		}
		key := lay.key(rw)
		if key == "" {
			im.skip(rw.line, "", "the row has no order number")
			continue
		}
		if cur == nil || key != cur.o.Number {
			if err := finish(); err != nil {
				if ctx.Err() != nil {
					break
				}
				return fail(err)
			}
			if first, seen := im.done[strings.ToLower(key)]; seen {
				im.skip(rw.line, key, fmt.Sprintf("order %s appears again, apart from its rows at line %d: the rows of one order must follow each other; this row was left out", key, first))
				continue
			}
			cur = &draft{line: rw.line, loc: im.loc, now: im.now, defCur: im.defCur}
			cur.o.Number = key
			im.done[strings.ToLower(key)] = rw.line
			if err := lay.fill(rw, cur, true); err != nil {
				im.skip(rw.line, key, fmt.Sprintf("order %s was not imported: %v", key, err))
				curBad = true
			}
			continue
		}
		if curBad {
			continue
		}
		if err := lay.fill(rw, cur, false); err != nil {
			im.skip(rw.line, key, fmt.Sprintf("order %s was not imported: %v", key, err))
			curBad = true
		}
	}
	if ctx.Err() == nil {
		if err := finish(); err != nil && ctx.Err() == nil {
			return fail(err)
		}
	}
	if ctx.Err() != nil {
		rep.State = ImportCancelled
	} else {
		if err := flush(); err != nil {
			return fail(err)
		}
		rep.State = ImportDone
		rep.BytesDone = rep.BytesAll
	}
	rep.FinishedAt = s.now().UTC()
	return rep, nil
}

func validRow(r row) bool {
	for _, v := range r.rec {
		if !utf8.ValidString(v) {
			return false
		}
	}
	return true
}

// importer is one run of Import.
type importer struct {
	s      *Service
	lay    layout
	rep    *ImportReport
	loc    *time.Location
	now    time.Time
	defCur string
	done   map[string]int // lower(number) → its first line
}

func (im *importer) skip(line int, order, reason string) {
	im.rep.SkippedAll++
	if len(im.rep.Skipped) < maxListed {
		im.rep.Skipped = append(im.rep.Skipped, Skipped{Line: line, Order: order, Reason: reason})
	}
}

// finish checks a whole order read from its rows and works out its sums.
func (im *importer) finish(d *draft) error {
	o := &d.o
	if len(o.Items) == 0 {
		return fmt.Errorf("order %s has no line items", o.Number)
	}
	if len(o.Items) > MaxItems {
		return fmt.Errorf("order %s has %d line items: Shopdesk keeps at most %d", o.Number, len(o.Items), MaxItems)
	}
	var lineDisc int64
	o.Subtotal = 0
	for _, it := range o.Items {
		o.Subtotal += it.UnitPrice*int64(it.Quantity) - it.Discount
		lineDisc += it.Discount
		if o.Subtotal > money.Max {
			return fmt.Errorf("order %s adds up to more than Shopdesk takes (%s)", o.Number, money.Format(money.Max, o.Currency))
		}
	}
	// Shopify's Discount Amount and WooCommerce's discount_total are every
	// discount on the order, its lines' own included: what is left is the
	// order-level part.
	if im.lay.format == FormatShopify || im.lay.format == FormatWooCommerce {
		o.Discount = max(0, o.Discount-lineDisc)
	}
	if o.Discount > o.Subtotal {
		return fmt.Errorf("order %s: the discount %s is more than its items cost (%s)", o.Number, money.Format(o.Discount, o.Currency), money.Format(o.Subtotal, o.Currency))
	}
	computed := o.Subtotal - o.Discount + o.Shipping + o.Tax
	o.Total = computed
	if d.hasTotal {
		// Prices may include tax (most shops outside North America): the
		// export's own total is the truth, within what the parts allow.
		if d.total != computed && d.total != computed-o.Tax {
			return fmt.Errorf("order %s: its total %s does not match its items, discount, shipping and tax (%s)", o.Number,
				money.Format(d.total, o.Currency), money.Format(computed, o.Currency))
		}
		o.Total = d.total
	}
	if o.Refunded > o.Total {
		return fmt.Errorf("order %s: refunded %s is more than its total %s", o.Number, money.Format(o.Refunded, o.Currency), money.Format(o.Total, o.Currency))
	}
	for _, t := range []*time.Time{o.FulfilledAt, o.DeliveredAt} {
		if t != nil && t.Before(o.PlacedAt.Add(-24*time.Hour)) {
			return fmt.Errorf("order %s was shipped or delivered before it was placed: check its dates", o.Number)
		}
	}
	if strings.TrimSpace(d.email) == "" && strings.TrimSpace(d.name) == "" {
		return fmt.Errorf("order %s has no customer email or name", o.Number)
	}
	if strings.TrimSpace(d.email) != "" {
		if _, err := users.CleanEmail(d.email); err != nil {
			return fmt.Errorf("order %s: the customer's %v", o.Number, err)
		}
	}
	o.Name, o.Email = d.name, strings.TrimSpace(d.email)
	o.Source = im.lay.source
	o.Digest = digest(o)
	return nil
}

// digest is a hash of what the export says of an order.
func digest(o *Order) string {
	c := *o
	c.ID, c.CustomerID, c.CreatedAt, c.UpdatedAt, c.Version, c.Digest = 0, 0, time.Time{}, time.Time{}, 0, ""
	b, _ := json.Marshal(c)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:12])
}

// write stores a batch of whole orders in one transaction.
func (im *importer) write(batch []*draft) error {
	return im.s.db.Update(func(tx *bolt.Tx) error {
		for _, d := range batch {
			if err := im.upsert(tx, d); err != nil {
				return fmt.Errorf("order %s (line %d): %w", d.o.Number, d.line, err)
			}
		}
		return nil
	})
}

func (im *importer) upsert(tx *bolt.Tx, d *draft) error {
	o := d.o
	old, ok, err := ByNumber(tx, o.Number)
	if err != nil {
		return err
	}
	if ok && old.Digest == o.Digest {
		im.rep.Unchanged++
		return nil
	}
	if ok && (strings.TrimSpace(d.email) == "" || strings.EqualFold(strings.TrimSpace(d.email), old.Email)) {
		// The same buyer as before: an order with no address must not make
		// a new customer every time it changes.
		o.CustomerID = old.CustomerID
	} else {
		c, created, err := customers.FindOrCreateWithPhone(tx, d.name, d.email, d.phone, im.now)
		if err != nil {
			return err
		}
		if created {
			im.rep.NewCustomers++
			if im.s.cust != nil {
				im.s.cust.Dir.Put(tx, c)
			}
		}
		o.CustomerID = c.ID
		if o.Name == "" {
			o.Name = c.Name
		}
	}
	if !ok {
		im.rep.Added++
		return insert(tx, &o, im.lay.source, im.now)
	}
	// What the export does not carry, and was typed in Shopdesk, stays.
	if o.DeliveredAt == nil {
		o.DeliveredAt = old.DeliveredAt
		if old.Fulfilment == Delivered && o.Fulfilment == Fulfilled {
			o.Fulfilment = Delivered
		}
	}
	if o.Tracking == "" {
		o.Tracking, o.Carrier = old.Tracking, firstOf(o.Carrier, old.Carrier)
	}
	if o.Notes == "" {
		o.Notes = old.Notes
	}
	o.Refunded = max(o.Refunded, old.Refunded)
	if o.Refunded > o.Total {
		return fmt.Errorf("its new total %s is below what was already refunded (%s)", money.Format(o.Total, o.Currency), money.Format(o.Refunded, o.Currency))
	}
	o.ID, o.Source, o.CreatedAt, o.UpdatedAt, o.Version = old.ID, old.Source, old.CreatedAt, im.now, old.Version+1
	im.rep.Updated++
	return put(tx, &old, &o)
}

func (r ImportReport) copy() ImportReport {
	r.Skipped = append([]Skipped(nil), r.Skipped...)
	return r
}

// defaultCurrency is the currency of an export that names none.
func (s *Service) defaultCurrency() string {
	if s.Currency != nil {
		if c := s.Currency(); c != "" {
			return c
		}
	}
	return "USD"
}

// job is an import running in the background for the window.
type job struct {
	report ImportReport
	cancel context.CancelFunc
	done   chan struct{}
}

// Start imports the file at path in the background (one import at a
// time); progress hears as it goes and once at the end.
func (s *Service) Start(path string, format Format, progress func(ImportReport)) (ImportReport, error) {
	if strings.TrimSpace(path) == "" {
		return ImportReport{}, errNoFile
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.job != nil && s.job.report.State == ImportRunning {
		return s.job.report.copy(), ErrImportRunning
	}
	fh, err := os.Open(path)
	if err != nil {
		return ImportReport{}, fmt.Errorf("open %s: %w", filepath.Base(path), errors.Unwrap(err))
	}
	st, err := fh.Stat()
	if err != nil || st.IsDir() {
		fh.Close()
		return ImportReport{}, fmt.Errorf("%s is not a file: choose the exported CSV file", filepath.Base(path))
	}
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{cancel: cancel, done: make(chan struct{}),
		report: ImportReport{State: ImportRunning, File: filepath.Base(path), Format: format, BytesAll: st.Size(), StartedAt: s.now().UTC(), Skipped: []Skipped{}}}
	s.job = j
	go func() {
		defer close(j.done)
		defer fh.Close()
		defer cancel()
		rep, _ := s.Import(ctx, fh, st.Size(), filepath.Base(path), format, func(r ImportReport) {
			s.mu.Lock()
			j.report = r
			s.mu.Unlock()
			if progress != nil {
				progress(r)
			}
		})
		s.mu.Lock()
		j.report = rep
		s.mu.Unlock()
		if progress != nil {
			progress(rep.copy())
		}
	}()
	return j.report.copy(), nil
}

// Status is the running or last import ("idle" before the first).
func (s *Service) Status() ImportReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.job == nil {
		return ImportReport{State: ImportIdle, Skipped: []Skipped{}}
	}
	return s.job.report.copy()
}

// Cancel stops the running import after the transaction it is in, and
// waits for it to stop.
func (s *Service) Cancel() ImportReport {
	s.mu.Lock()
	j := s.job
	s.mu.Unlock()
	if j == nil {
		return s.Status()
	}
	j.cancel()
	<-j.done
	return s.Status()
}
