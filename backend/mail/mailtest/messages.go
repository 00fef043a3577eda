package mailtest

import (
	"net/mail"
	"slices"
	"testing"
	"time"
)

// Message is one message the server accepted.
type Message struct {
	From       string   // MAIL FROM
	To         []string // RCPT TO
	Data       []byte   // the message as received, headers and body
	Connection int64    // which connection (1 = first) carried it
}

// MessageID is the message's Message-ID header, angle brackets included.
func (m Message) MessageID() string {
	msg, err := mail.ReadMessage(bytesReader(m.Data))
	if err != nil {
		return ""
	}
	return msg.Header.Get("Message-Id")
}

// Messages returns a copy of what was received so far, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.messages)
}

// WaitMessages waits until at least n messages arrived and returns them.
// It fails the test after 10 seconds.
func (s *Server) WaitMessages(tb testing.TB, n int) []Message {
	tb.Helper()
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for {
		s.mu.Lock()
		if len(s.messages) >= n {
			out := slices.Clone(s.messages)
			s.mu.Unlock()
			return out
		}
		changed := s.changed
		have := len(s.messages)
		s.mu.Unlock()
		select {
		case <-changed:
		case <-timeout.C:
			tb.Fatalf("waited 10s for %d messages, the server has %d", n, have)
		}
	}
}

// WaitConnections waits until at least n connections were accepted. It
// fails the test after 10 seconds.
func (s *Server) WaitConnections(tb testing.TB, n int) {
	tb.Helper()
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for {
		s.mu.Lock()
		changed := s.changed
		s.mu.Unlock()
		have := s.Connections()
		if have >= n {
			return
		}
		select {
		case <-changed:
		case <-timeout.C:
			tb.Fatalf("waited 10s for %d connections, the server has %d", n, have)
		}
	}
}

// notify wakes the waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) record(m Message) {
	s.mu.Lock()
	s.messages = append(s.messages, m)
	s.notify()
	fn := s.onMessage
	s.mu.Unlock()
	if fn != nil {
		fn(m)
	}
}
