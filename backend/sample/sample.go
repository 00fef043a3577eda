package sample

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/returns"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// Version changes whenever the same Options would make a different shop,
// so that anything cached from a sample (the benchmarks' data) is rebuilt.
const Version = 11

// The people who work the sample shop all sign in with Password.
const (
	StoreName = "Juniper Lane Home"
	Password  = "demo-password"
)

// Staff are the sample shop's people: the owner first, then the reps.
var Staff = []users.NewPerson{
	{Name: "Maya Chen", Email: "maya@juniperlane.example", Role: users.Owner, Password: Password},
	{Name: "Jordan Reyes", Email: "jordan@juniperlane.example", Role: users.Rep, Password: Password},
	{Name: "Priya Nair", Email: "priya@juniperlane.example", Role: users.Rep, Password: Password},
	{Name: "Sam Okafor", Email: "sam@juniperlane.example", Role: users.Rep, Password: Password},
}

// Defaults for the zero Options: the size the benchmarks measure.
const (
	DefaultSeed      = 1042
	DefaultCustomers = 30_000
	DefaultTickets   = 100_000
	DefaultSpan      = 548 * 24 * time.Hour // about 18 months
)

// Options shape the shop. The zero value is the full-size sample.
type Options struct {
	Seed      uint64
	Customers int
	Tickets   int
	// Now is the end of the shop's history (default: the current time).
	// Tickets whose next step would come after it are left where they are:
	// new, open, pending or escalated, some of them overdue.
	Now time.Time
	// Span is how far back the history starts (default about 18 months).
	Span time.Duration
	// Returns is how many return requests to open (default: one for every
	// six customers; below zero: none).
	Returns int
	// RememberOwner signs Maya Chen in at the next start, so the app opens
	// on the inbox.
	RememberOwner bool
	// PasswordCost is the bcrypt cost for the staff (0: the app's default);
	// tests lower it.
	PasswordCost int
	// TicketsPerTx is how many tickets, with all their history, are written
	// in one transaction (default 250). Far fewer spends the time committing;
	// far more grows bbolt's in-memory pages until inserting into them costs
	// more than the commits saved.
	TicketsPerTx int
	// Progress, if set, is called after each transaction.
	Progress func(done, total int)
}

func (o *Options) defaults() {
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Customers <= 0 {
		o.Customers = DefaultCustomers
	}
	if o.Tickets < 0 {
		o.Tickets = 0
	} else if o.Tickets == 0 {
		o.Tickets = DefaultTickets
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	o.Now = o.Now.UTC().Truncate(time.Second)
	if o.Returns == 0 {
		o.Returns = o.Customers / 6
	}
	if o.Span <= 0 {
		o.Span = DefaultSpan
	}
	if o.TicketsPerTx <= 0 {
		o.TicketsPerTx = 250
	}
}

// Result tells what was made.
type Result struct {
	Owner     users.Person
	Staff     []users.Person // owner first
	Customers int
	Tickets   int
	Messages  int
	Orders    int
	Returns   int
	// ReturnStates counts return requests by their state at the end.
	ReturnStates map[returns.State]int
	// Reviews counts the quality reviews submitted.
	Reviews int
	// Statuses counts tickets by their status at the end.
	Statuses map[tickets.Status]int
	Elapsed  time.Duration
}

// ErrNotEmpty is returned by Generate when the data file already has
// people or tickets in it: a sample is only ever written into a new shop.
var ErrNotEmpty = errors.New("this data file already has a shop in it: the sample only fills a new, empty file")

// Generate fills db, which must be empty, with the sample shop.
func Generate(db *store.DB, opts Options) (Result, error) {
	opts.defaults()
	start := time.Now()
	g := &gen{opts: opts, rnd: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5d1e_5a3b_7c2f_9e11)),
		begin: opts.Now.Add(-opts.Span), res: Result{Statuses: map[tickets.Status]int{}, ReturnStates: map[returns.State]int{}}}
	empty := true
	_ = db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{store.BucketUsers, store.BucketTickets, store.BucketCustomers} {
			if k, _ := tx.Bucket(b).Cursor().First(); k != nil {
				empty = false
			}
		}
		return nil
	})
	if !empty {
		return Result{}, ErrNotEmpty
	}
	if err := g.people(db); err != nil {
		return Result{}, fmt.Errorf("sample people: %w", err)
	}
	if err := g.customers(db); err != nil {
		return Result{}, fmt.Errorf("sample customers: %w", err)
	}
	if err := g.orders(db); err != nil {
		return Result{}, fmt.Errorf("sample orders: %w", err)
	}
	if err := g.tickets(db); err != nil {
		return Result{}, fmt.Errorf("sample tickets: %w", err)
	}
	if err := g.returns(db); err != nil {
		return Result{}, fmt.Errorf("sample returns: %w", err)
	}
	if err := g.shift(db); err != nil {
		return Result{}, fmt.Errorf("sample checklists, playbooks and escalations: %w", err)
	}
	if err := g.reviews(db); err != nil {
		return Result{}, fmt.Errorf("sample reviews: %w", err)
	}
	if err := assignNewTickets(db); err != nil {
		return Result{}, fmt.Errorf("sample settings: %w", err)
	}
	g.res.Elapsed = time.Since(start)
	return g.res, nil
}

// Build creates a new data file at path holding the sample shop. It writes
// without waiting for the disk on every commit (the file is throw-away
// until it is complete), then flushes it once and closes it; a crash on
// the way leaves a file to delete, never a half shop that looks whole,
// because the shop is written to path+".part" and renamed at the end.
func Build(path string, opts Options) (Result, error) {
	part := path + ".part"
	os.Remove(part)
	db, err := store.Open(part, store.Options{NoSync: true})
	if err != nil {
		return Result{}, err
	}
	res, err := Generate(db, opts)
	if err == nil {
		err = db.Bolt().Sync()
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(part, path)
	}
	if err != nil {
		os.Remove(part)
		return Result{}, err
	}
	return res, nil
}

// DemoOptions is the small shop of shopdesk --demo: quick to make, big
// enough that every view and report has something in it.
func DemoOptions() Options {
	return Options{Customers: 600, Tickets: 2_000, RememberOwner: true}
}

// Demo fills the data file at path with the demo shop if the file is new or
// empty, and reports whether it did. A file with a shop in it is left
// alone. A file that cannot be opened (in use by another Shopdesk, or not
// Shopdesk's) is left alone too, with a nil error: the app opens it next and
// says why it cannot.
func Demo(path string) (bool, error) {
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		db, err := store.Open(path, store.Options{})
		if err != nil {
			return false, nil
		}
		_, err = Generate(db, DemoOptions())
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if errors.Is(err, ErrNotEmpty) {
			return false, nil
		}
		return err == nil, err
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, fmt.Errorf("fill the demo shop: %w", err)
	}
	if _, err := Build(path, DemoOptions()); err != nil {
		return false, fmt.Errorf("fill the demo shop: %w", err)
	}
	return true, nil
}

// gen is one run of the generator.
type gen struct {
	opts  Options
	rnd   *rand.Rand
	begin time.Time
	at    time.Time // the clock the services see
	res   Result

	staff    []tickets.Actor
	tix      *tickets.Service
	recent   []ticketRef   // the last ShiftDays' tickets, and every escalated one
	lastYear []resolvedRef // tickets resolved in the last year, with an assignee
	custs    []custInfo
	regulars []int // customers who write often
}

type custInfo struct {
	id                 uint64
	first, name, email string
	vip, wholesale     bool
	repeat             bool
	orders             []orderRef // oldest first
}

func (g *gen) clock() time.Time { return g.at }

func (g *gen) people(db *store.DB) error {
	us := users.New(db)
	us.SetClock(g.clock)
	if g.opts.PasswordCost > 0 {
		us.Cost = g.opts.PasswordCost
	}
	g.at = g.begin.Add(-30 * 24 * time.Hour)
	for i, np := range Staff {
		var p users.Person
		var err error
		if i == 0 {
			p, err = us.Setup(np)
		} else {
			g.at = g.at.Add(time.Duration(i*7*24) * time.Hour)
			p, err = us.Add(np)
		}
		if err != nil {
			return err
		}
		g.res.Staff = append(g.res.Staff, p)
		g.staff = append(g.staff, tickets.Actor{ID: p.ID, Name: p.Name})
	}
	g.res.Owner = g.res.Staff[0]
	// The sample picks each ticket's assignee itself (some stay unassigned,
	// as in a real backlog); the shop gets the usual setting back once the
	// tickets are in (see Generate).
	shop := settings.Shop{StoreName: StoreName, Targets: settings.DefaultTargets(), LeaveNewUnassigned: true}
	if g.opts.RememberOwner {
		shop.RememberedUser = g.res.Owner.ID
	}
	return settings.Save(db, shop)
}

// assignNewTickets turns the shop's default back on: new tickets go to
// whoever creates them.
func assignNewTickets(db *store.DB) error {
	shop, err := settings.Load(db)
	if err != nil {
		return err
	}
	shop.LeaveNewUnassigned = false
	return settings.Save(db, shop)
}

func (g *gen) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.rnd.Float64() < p }

func (g *gen) customers(db *store.DB) error {
	n := g.opts.Customers
	taken := make(map[string]bool, n)
	const perTx = 5000
	for from := 0; from < n; from += perTx {
		to := min(from+perTx, n)
		err := db.Update(func(tx *bolt.Tx) error {
			for i := from; i < to; i++ {
				c := g.customer(i, taken)
				at := g.begin.Add(-time.Duration(g.rnd.Int64N(int64(365 * 24 * time.Hour))))
				made, err := customers.Create(tx, c.input, at)
				if err != nil {
					return fmt.Errorf("customer %s: %w", c.input.Email, err)
				}
				c.info.id = made.ID
				g.custs = append(g.custs, c.info)
				if c.info.repeat || c.info.wholesale {
					g.regulars = append(g.regulars, i)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	g.res.Customers = len(g.custs)
	return nil
}

type newCustomer struct {
	input customers.Input
	info  custInfo
}

func (g *gen) customer(i int, taken map[string]bool) newCustomer {
	first, last := g.pick(firstNames), g.pick(lastNames)
	var local string
	switch g.rnd.IntN(5) {
	case 0:
		local = first + "." + last
	case 1:
		local = first + last
	case 2:
		local = string([]rune(first)[:1]) + last
	case 3:
		local = first + "_" + last
	default:
		local = fmt.Sprintf("%s.%s%d", first, last, 1+g.rnd.IntN(99))
	}
	email := lower(local) + "@" + g.pick(emailDomains)
	if taken[email] {
		email = fmt.Sprintf("%s%d@%s", lower(local), i, g.pick(emailDomains))
	}
	taken[email] = true
	info := custInfo{first: first, name: first + " " + last, email: email}
	var tags []string
	switch r := g.rnd.Float64(); {
	case r < 0.03:
		info.vip, info.repeat = true, true
		tags = []string{"vip", "repeat"}
	case r < 0.05:
		info.wholesale = true
		tags = []string{"wholesale"}
	case r < 0.17:
		info.repeat = true
		tags = []string{"repeat"}
	}
	in := customers.Input{Name: first + " " + last, Email: email, Tags: tags}
	if g.chance(0.6) {
		in.Phone = fmt.Sprintf("+1 (%03d) 555-%04d", 201+g.rnd.IntN(780), g.rnd.IntN(10000))
	}
	if info.wholesale && g.chance(0.5) {
		in.Notes = "Trade account: invoices monthly, ships to the shop address."
	} else if info.vip && g.chance(0.5) {
		in.Notes = "Long-standing customer. Offer express shipping on any problem."
	}
	return newCustomer{input: in, info: info}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
