package sending

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
	"shopdesk/backend/testinbox"
)

// Service runs outgoing mail for one data file. Safe for concurrent use.
type Service struct {
	db      *store.DB
	secrets *mailpassword.Store
	inbox   *testinbox.Listener
	worker  *outbox.Worker
	cancel  context.CancelFunc
	done    chan struct{}

	mu      sync.Mutex
	current outbox.Sender
	// missing is set while the password the settings need is not on
	// this computer: sending is paused until the owner enters it.
	missing bool
	// OnChange is told about every outbox state change (set before Start).
	OnChange func(outbox.Change)
}

// New prepares a Service; Start runs it.
func New(db *store.DB, secrets *mailpassword.Store) *Service {
	return &Service{db: db, secrets: secrets}
}

// Start opens the test inbox on this computer and starts the outbox worker.
func (s *Service) Start() error {
	s.inbox = testinbox.NewListener(s.db)
	sender, err := s.sender()
	if err != nil {
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
		// A damaged page read by the worker stops it with an error in the
		// log; in this goroutine a panic would end the app.
		if err := store.Safely(func() error { return s.worker.Run(ctx) }); err != nil && !errors.Is(err, context.Canceled) {
			slog.Error("outbox worker stopped", "err", err)
		}
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
		s.inbox.Stop()
	}
}

// sender builds the sender the settings ask for: the test inbox in test
// mode or before a real server is set up. Settings that cannot send (the
// password is not on this computer) give a sender that only pauses
// sending and says why: the desk still opens.
func (s *Service) sender() (outbox.Sender, error) {
	st, err := mailsettings.Load(s.db)
	if err != nil {
		return nil, err
	}
	var snd outbox.Sender
	ms, err := s.effective(st)
	if err == nil {
		snd, err = mail.NewSender(ms)
	}
	missing := errors.Is(err, mail.ErrPasswordMissing)
	if err != nil {
		snd = paused{from: st.FromAddress, err: err}
	}
	s.mu.Lock()
	if s.current != nil {
		s.current.Close()
	}
	s.current, s.missing = snd, missing
	s.mu.Unlock()
	return snd, nil
}

func (s *Service) effective(st mailsettings.Settings) (mail.Settings, error) {
	if usesTestInbox(st) {
		from := st.FromAddress
		if from == "" {
			from = "shop@shopdesk.test"
		}
		return s.inbox.Settings(st.FromName, from)
	}
	pw, err := s.secrets.Get()
	if err != nil {
		return mail.Settings{}, errors.Join(mail.ErrPasswordMissing, err)
	}
	if st.Username != "" && pw == "" {
		return mail.Settings{}, mail.ErrPasswordMissing
	}
	return st.Mail(pw), nil
}

// usesTestInbox: mail goes to the test inbox in test mode, and before a
// real server is set up.
func usesTestInbox(st mailsettings.Settings) bool { return st.TestMode || !st.Configured() }

// TestInboxAddr is where the test inbox listens, "" while it is closed.
func (s *Service) TestInboxAddr() string { return s.inbox.Addr() }

// Reconfigure switches sending over to the saved settings at once. The
// test inbox's port closes once the worker has left it, when nothing can
// send to it any more.
func (s *Service) Reconfigure() error {
	snd, err := s.sender()
	if err != nil {
		return err
	}
	s.worker.SetSender(snd)
	s.worker.Wake()
	if st, err := mailsettings.Load(s.db); err == nil && !usesTestInbox(st) {
		s.inbox.Stop()
	}
	return nil
}

// TestSend sends one test email with the saved settings (or to the test
// inbox in test mode) and says which step failed.
func (s *Service) TestSend(ctx context.Context, to string) error {
	st, err := mailsettings.Load(s.db)
	if err != nil {
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
