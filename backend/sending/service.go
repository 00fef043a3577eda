package sending

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/testinbox"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
	inboxstore "shopdesk/backend/testinbox"
)

// Service runs outgoing mail for one data file. Safe for concurrent use.
type Service struct {
	db      *store.DB
	secrets mailpassword.Store
	inbox   *testinbox.Inbox
	worker  *outbox.Worker
	cancel  context.CancelFunc
	done    chan struct{}

	mu      sync.Mutex
	current *mail.Sender
	// OnChange is told about every outbox state change (set before Start).
	OnChange func(outbox.Change)
}

// New prepares a Service; Start runs it.
func New(db *store.DB, secrets mailpassword.Store) *Service {
	return &Service{db: db, secrets: secrets}
}

// Start opens the test inbox on this computer and starts the outbox worker.
func (s *Service) Start() error {
	in, err := testinbox.Start(testinbox.Config{Store: inboxstore.NewStore(s.db)})
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
		if err := s.worker.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
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
		s.inbox.Close()
	}
}

// sender builds the sender the settings ask for: the test inbox in test
// mode or before a real server is set up.
func (s *Service) sender() (*mail.Sender, error) {
	st, err := mailsettings.Load(s.db)
	if err != nil {
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
	return snd, nil
}

func (s *Service) effective(st mailsettings.Settings) (mail.Settings, error) {
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
	return st.Mail(pw), nil
}

// Reconfigure switches sending over to the saved settings at once.
func (s *Service) Reconfigure() error {
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
