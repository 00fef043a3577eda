package testinbox

import (
	"fmt"
	"log/slog"
	"sync"

	"shopdesk/backend/mail"
	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store"
)

// Listener is the test inbox's life: its SMTP server on 127.0.0.1 runs
// only while something can send to it (mail not configured, or test mode
// on), so no port is open on this computer otherwise. Safe for
// concurrent use.
type Listener struct {
	store *Store

	mu sync.Mutex
	in *smtpinbox.Inbox
}

// NewListener returns a stopped Listener that keeps what arrives in db.
func NewListener(db *store.DB) *Listener { return &Listener{store: NewStore(db)} }

// NewListenerWithStore is NewListener over a given Store (other limits).
func NewListenerWithStore(s *Store) *Listener { return &Listener{store: s} }

// Settings starts the inbox if it is not running and returns settings that
// send to it from the given shop address.
func (l *Listener) Settings(fromName, fromAddress string) (mail.Settings, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.in == nil {
		// Messages past their age go when the inbox opens, not only when
		// a new one arrives.
		if _, err := l.store.Prune(); err != nil {
			slog.Warn("test inbox: drop old messages", "err", err)
		}
		in, err := smtpinbox.Start(smtpinbox.Config{Store: l.store})
		if err != nil {
			return mail.Settings{}, fmt.Errorf("start the test inbox: %w", err)
		}
		l.in = in
	}
	return l.in.Settings(fromName, fromAddress), nil
}

// Addr is where the inbox listens, "" while it is stopped.
func (l *Listener) Addr() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.in == nil {
		return ""
	}
	return l.in.Addr()
}

// Stop closes the inbox's port; Settings opens it again.
func (l *Listener) Stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.in != nil {
		_ = l.in.Close()
		l.in = nil
	}
}
