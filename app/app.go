package app

import (
	"context"
	"log/slog"
	"time"

	"shopdesk/backend/checklists"
	"shopdesk/backend/customers"
	"shopdesk/backend/escalations"
	"shopdesk/backend/feedback"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/orders"
	"shopdesk/backend/outbox"
	"shopdesk/backend/playbooks"
	"shopdesk/backend/replies"
	"shopdesk/backend/returns"
	"shopdesk/backend/reviews"
	"shopdesk/backend/sending"
	"shopdesk/backend/store"
	"shopdesk/backend/summaries"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// core is what every bound struct shares.
type core struct {
	db          *store.DB
	users       *users.Service
	customers   *customers.Service
	tickets     *tickets.Service
	templates   *templates.Service
	sending     *sending.Service
	passwords   *mailpassword.Store
	replies     *replies.Service
	feedback    *feedback.Service
	orders      *orders.Service
	returns     *returns.Service
	checklists  *checklists.Service
	playbooks   *playbooks.Service
	escalations *escalations.Service
	summaries   *summaries.Service
	reviews     *reviews.Service
	// ticketsChanged tells the window (throttled) that a list may be stale.
	ticketsChanged *throttle
	returnsChanged *throttle
	sess           session
	rt             Runtime
	// openErr is why the data file could not be opened; the window shows it.
	openErr error
	path    string
	// pickFile stands in for the file dialog (Options.PickFile).
	pickFile string
}

// App owns the services and the bound structs of one window.
type App struct {
	c           *core
	wrt         *wailsRuntime
	Session     *Session
	Tickets     *Tickets
	Customers   *Customers
	People      *People
	Settings    *Settings
	Diagnostics *Diagnostics
	Mail        *Mail
	Templates   *Templates
	Feedback    *Feedback
	Orders      *Orders
	Returns     *Returns
	Checklists  *Checklists
	Playbooks   *Playbooks
	Escalations *Escalations
	Summaries   *Summaries
	Reviews     *Reviews
}

// Options configure New.
type Options struct {
	// AllowCrashTest enables Diagnostics.Crash, for the test that proves a
	// panic in a bound call does not close the window.
	AllowCrashTest bool
	// Runtime replaces the window's runtime (tests record events with it).
	Runtime Runtime
	// Keyring replaces the system keyring for the mail password (tests
	// use one whose behaviour they know).
	Keyring mailpassword.Keyring
	// PickFile, when set, is what "Open another file…" picks instead of
	// asking: the end-to-end test cannot drive a native dialog.
	PickFile string
}

// New wires the services over db. With openErr set (db nil), the window
// opens only to say why the data could not be opened.
func New(db *store.DB, path string, openErr error, opts Options) (*App, error) {
	wrt := &wailsRuntime{}
	c := &core{db: db, rt: wrt, openErr: openErr, path: path, pickFile: opts.PickFile}
	if opts.Runtime != nil {
		c.rt = opts.Runtime
	}
	c.ticketsChanged = &throttle{every: 100 * time.Millisecond, fn: func() { c.rt.Emit(EventTickets, nil) }}
	c.returnsChanged = &throttle{every: 100 * time.Millisecond, fn: func() { c.rt.Emit(EventReturns, nil) }}
	if db != nil {
		c.users = users.New(db)
		c.customers = customers.NewService(db)
		var err error
		// The ticket list loads while the window opens; calls that need it
		// wait, and unopened reports it if it could not be read.
		c.tickets = tickets.Load(db, c.customers.Dir)
		if devClock != nil {
			c.tickets.SetClock(devClock)
		}
		c.customers.OnChange = tickets.CustomerChanged
		c.orders = orders.NewService(db, c.customers)
		if devClock != nil {
			c.orders.SetClock(devClock)
		}
		if c.templates, err = templates.NewService(db); err != nil {
			return nil, err
		}
		shopID, err := db.ShopID()
		if err != nil {
			return nil, err
		}
		// The keyring entry is found by the shop's ID, which moves with the
		// data file; older versions named it by the file's path.
		c.passwords = &mailpassword.Store{File: path + ".mail-password", Account: "shop-" + shopID, OldAccount: path, Keyring: opts.Keyring}
		c.sending = sending.New(db, c.passwords)
		c.replies = replies.New(db, c.tickets, c.sending.Wake)
		c.feedback = feedback.New(db, c.tickets, c.sending.Wake)
		c.returns = returns.New(db, c.replies)
		if devClock != nil {
			c.returns.SetClock(devClock)
		}
		c.orders.BeforeDelete = returns.BlockOrderDelete
		c.customers.Stats = customerStats{c}
		clock := time.Now
		if devClock != nil {
			clock = devClock
		}
		if c.checklists, err = checklists.NewServiceAt(db, clock); err != nil {
			return nil, err
		}
		if c.playbooks, err = playbooks.NewService(db, c.tickets); err != nil {
			return nil, err
		}
		if devClock != nil {
			c.playbooks.SetClock(devClock)
		}
		c.escalations = escalations.NewService(db, c.tickets, c.replies, c.returns, c.sending.Wake)
		if devClock != nil {
			c.escalations.SetClock(devClock)
		}
		c.summaries = summaries.NewService(db, c.tickets, c.sending.Wake)
		if devClock != nil {
			c.summaries.SetClock(devClock)
		}
		if c.reviews, err = reviews.NewService(db); err != nil {
			return nil, err
		}
		if devClock != nil {
			c.reviews.SetClock(devClock)
		}
		c.orders.Currency = func() string {
			p, _ := c.returns.Policy()
			return p.Currency
		}
		mailChanged := &throttle{every: 100 * time.Millisecond, fn: func() { c.rt.Emit(EventMail, nil) }}
		c.sending.OnChange = func(outbox.Change) { mailChanged.poke() }
		if err := c.sending.Start(); err != nil {
			return nil, err
		}
	}
	a := &App{c: c, wrt: wrt,
		Session: &Session{c}, Tickets: &Tickets{c}, Customers: &Customers{c},
		People: &People{c}, Settings: &Settings{c}, Diagnostics: &Diagnostics{c: c, allowCrash: opts.AllowCrashTest},
		Mail: &Mail{c}, Templates: &Templates{c}, Feedback: &Feedback{c},
		Orders: &Orders{c}, Returns: &Returns{c}, Checklists: &Checklists{c}, Playbooks: &Playbooks{c},
		Escalations: &Escalations{c}, Summaries: &Summaries{c}, Reviews: &Reviews{c}}
	if db != nil {
		a.resumeSession()
	}
	return a, nil
}

// unopened is why the window cannot show the desk: the data file could
// not be opened, or its ticket list could not be read (this waits for the
// list to load). The window shows it instead.
func (c *core) unopened() error {
	if c.openErr != nil || c.tickets == nil {
		return c.openErr
	}
	return c.tickets.Loaded()
}

// Loaded waits until the data is ready, and says why not, as the window
// will (see Session.State).
func (a *App) Loaded() error { return a.c.unopened() }

// Bind lists the structs whose methods the window may call.
func (a *App) Bind() []any {
	return []any{a.Session, a.Tickets, a.Customers, a.People, a.Settings, a.Diagnostics, a.Mail, a.Templates, a.Feedback, a.Orders, a.Returns, a.Checklists, a.Playbooks, a.Escalations, a.Summaries, a.Reviews}
}

// Startup is Wails' OnStartup: it hands over the runtime context.
func (a *App) Startup(ctx context.Context) {
	a.wrt.start(ctx)
	hardenSignals()
}

// DomReady is Wails' OnDomReady. The signal fix runs again here: WebKit
// may install its handlers only once the page is loading.
func (a *App) DomReady(ctx context.Context) { hardenSignals() }

// Shutdown is Wails' OnShutdown: it closes the data file cleanly.
func (a *App) Shutdown(ctx context.Context) {
	a.Stop()
	if a.c.db != nil {
		if err := a.c.db.Close(); err != nil {
			slog.Error("close data file", "err", err)
		}
	}
}

// Stop ends background work (the outbox worker, the test inbox).
func (a *App) Stop() {
	if a.c.sending != nil {
		a.c.sending.Stop()
	}
}

// Users exposes the people service for wiring tests.
func (a *App) Users() *users.Service { return a.c.users }
