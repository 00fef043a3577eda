package sending

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/testinbox"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
	"shopdesk/backend/templates"
)

// Service runs outgoing mail for one data file. Safe for concurrent use.
type Service struct {
	db      *store.DB
	secrets Secrets
	inbox   *testinbox.Inbox
	worker  *outbox.Worker
	cancel  context.CancelFunc
	done    chan struct{}

	mu      sync.Mutex
	current *mail.Sender
	stopped outbox.Blocked // the worker stopped with an error and waits to start again
	// OnChange is told about every outbox state change (set before Start).
	OnChange func(outbox.Change)
}

// New prepares a Service; Start runs it.
func New(db *store.DB, secrets Secrets) *Service {
	return &Service{db: db, secrets: secrets}
}

// Start opens the test inbox on this computer and starts the outbox worker.
func (s *Service) Start() error {
	in, err := testinbox.Start(testinbox.Config{Store: outbox.NewInboxStore(s.db)})
	if err != nil {
		return fmt.Errorf("start the test inbox: %w", err)
	}
	s.inbox = in
	sender, err := s.sender()
	if err != nil {
		in.Close()
		return err
	}
	s.worker = outbox.NewWorker(s.db, sender, outbox.Options{
		OnChange: func(c outbox.Change) {
			if s.OnChange != nil {
				s.OnChange(c)
			}
		},
		// Paused or resumed sending is a change the window shows too.
		OnBlocked: func(outbox.Blocked) {
			if s.OnChange != nil {
				s.OnChange(outbox.Change{})
			}
		},
	})
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.done = cancel, make(chan struct{})
	go func() {
		defer close(s.done)
		s.runWorker(ctx)
	}()
	return nil
}

// Stop ends the worker (after its current commit) and the test inbox.
func (s *Service) Stop() {
	if s.cancel != nil {
		s.cancel()
		<-s.done
	}
	if s.inbox != nil {
		s.inbox.Close()
	}
}

// testInboxSender is a sender to the built-in test inbox: the outbox
// records its messages as not sent to the customer.
type testInboxSender struct{ *mail.Sender }

func (testInboxSender) Route() outbox.Route { return outbox.RouteTestInbox }

// sender builds the sender the settings ask for: the test inbox in test
// mode or before a real server is set up.
func (s *Service) sender() (outbox.Sender, error) {
	var st Settings
	if err := s.db.View(func(tx *bolt.Tx) (err error) { st, err = loadSettings(tx); return err }); err != nil {
		return nil, err
	}
	ms, err := s.effective(st)
	if err != nil {
		return nil, err
	}
	snd, err := mail.NewSender(ms)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.current != nil {
		s.current.Close()
	}
	s.current = snd
	s.mu.Unlock()
	if st.TestMode || !st.Configured() {
		return testInboxSender{snd}, nil
	}
	return snd, nil
}

func (s *Service) effective(st Settings) (mail.Settings, error) {
	if st.TestMode || !st.Configured() {
		from := st.FromAddress
		if from == "" {
			from = "shop@shopdesk.test"
		}
		return s.inbox.Settings(st.FromName, from), nil
	}
	pw, err := s.secrets.Get()
	if err != nil {
		return mail.Settings{}, err
	}
	return st.mail(pw), nil
}

// Settings returns the mail settings, and where the password is kept.
func (s *Service) Settings() (st Settings, where string, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { st, err = loadSettings(tx); return err })
	return st, s.secrets.Where(), err
}

// SaveSettings checks and saves the settings; password nil keeps the saved
// one, "" removes it. Sending switches over at once.
func (s *Service) SaveSettings(st Settings, password *string) error {
	st.Host = strings.TrimSpace(st.Host)
	if st.Host != "" || !st.TestMode {
		pw := "x"
		if st.Username == "" {
			pw = ""
		}
		if err := st.mail(pw).Validate(); err != nil {
			return err
		}
	}
	if password != nil {
		if err := s.secrets.Set(*password); err != nil {
			return err
		}
	}
	pw, err := s.secrets.Get()
	if err != nil {
		return err
	}
	st.HasPassword = pw != ""
	if err := s.db.Update(func(tx *bolt.Tx) error { return saveSettings(tx, st) }); err != nil {
		return err
	}
	snd, err := s.sender()
	if err != nil {
		return err
	}
	s.worker.SetSender(snd)
	s.worker.Wake()
	return nil
}

// TestSend sends one test email with the saved settings (or to the test
// inbox in test mode) and says which step failed.
func (s *Service) TestSend(ctx context.Context, to string) error {
	var st Settings
	if err := s.db.View(func(tx *bolt.Tx) (err error) { st, err = loadSettings(tx); return err }); err != nil {
		return err
	}
	ms, err := s.effective(st)
	if err != nil {
		return err
	}
	return mail.TestSend(ctx, ms, to)
}

// Wake tells the worker there is new work.
func (s *Service) Wake() {
	if s.worker != nil {
		s.worker.Wake()
	}
}

// Outbox lists messages in a state ("" for all), newest first.
func (s *Service) Outbox(state outbox.State, limit int) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.List(tx, state, limit); return err })
	return out, err
}

// Resend queues a failed or uncertain message again.
func (s *Service) Resend(id uint64) (m outbox.Message, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { m, err = outbox.Resend(tx, id); return err })
	s.Wake()
	return m, err
}

// FixAndResend changes the recipient of a failed message and queues it.
func (s *Service) FixAndResend(id uint64, to, toName string) (m outbox.Message, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { m, err = outbox.FixAndResend(tx, id, to, toName); return err })
	s.Wake()
	return m, err
}

// MarkSent records that an uncertain message did arrive.
func (s *Service) MarkSent(id uint64) (m outbox.Message, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { m, err = outbox.MarkSent(tx, id); return err })
	return m, err
}

// Discard drops a message that will not be sent.
func (s *Service) Discard(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return outbox.Discard(tx, id) })
}

// InboxItem is one test-inbox message as the customer would see it.
type InboxItem struct {
	ID         uint64         `json:"id"`
	ReceivedAt string         `json:"receivedAt"`
	View       testinbox.View `json:"view"`
}

// InboxList lists what the test inbox received, newest first.
func (s *Service) InboxList(limit int) ([]InboxItem, error) {
	var rs []testinbox.Received
	err := s.db.View(func(tx *bolt.Tx) (err error) { rs, err = outbox.InboxList(tx, limit); return err })
	out := make([]InboxItem, 0, len(rs))
	for _, r := range rs {
		v, perr := testinbox.Parse(r.Data)
		if perr != nil {
			v.Subject = "(this message could not be read: " + perr.Error() + ")"
		}
		out = append(out, InboxItem{ID: r.ID, ReceivedAt: r.ReceivedAt.Format(time.RFC3339), View: v})
	}
	return out, err
}

// Templates lists the saved templates (seeding the built-in ones first).
func (s *Service) Templates() (out []templates.Template, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		if _, err := templates.SeedDefaults(tx); err != nil {
			return err
		}
		out, err = templates.List(tx)
		return err
	})
	return out, err
}

// Status is what everyone's window shows about mail: where it goes, whether
// sending is paused, and how many messages need the owner.
type Status struct {
	TestMode  bool           `json:"testMode"` // mail goes to the test inbox
	Blocked   outbox.Blocked `json:"blocked"`
	Failed    int            `json:"failed"`
	Uncertain int            `json:"uncertain"`
	Waiting   int            `json:"waiting"`
	// Damaged messages could not be read and were set aside, never sent.
	Damaged int `json:"damaged"`
}

// Status reads the mail status.
func (s *Service) Status() (st Status, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		set, err := loadSettings(tx)
		if err != nil {
			return err
		}
		st.TestMode = set.TestMode || !set.Configured()
		st.Failed = outbox.Count(tx, outbox.StateFailed)
		st.Uncertain = outbox.Count(tx, outbox.StateUncertain)
		st.Damaged = outbox.Damaged(tx)
		st.Waiting = outbox.Count(tx, outbox.StateQueued) + outbox.Count(tx, outbox.StateRetry) + outbox.Count(tx, outbox.StateSending)
		return nil
	})
	st.Blocked = s.paused()
	return st, err
}
