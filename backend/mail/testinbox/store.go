package testinbox

import (
	"slices"
	"sync"
	"time"
)

// Received is one message as the test inbox got it.
type Received struct {
	ID         uint64    `json:"id"`
	From       string    `json:"from"` // envelope sender (MAIL FROM)
	To         []string  `json:"to"`   // envelope recipients (RCPT TO)
	Data       []byte    `json:"data"` // the raw message
	ReceivedAt time.Time `json:"receivedAt" ts_type:"string"`
}

// Store keeps received messages. Add is called once per message, from the
// server's goroutines, and must be safe for concurrent use; it returns the
// ID it gave the message.
type Store interface {
	Add(m Received) (uint64, error)
}

// Memory is a Store that keeps messages in memory, for tests and for a
// test inbox that needs nothing kept across restarts.
type Memory struct {
	mu   sync.Mutex
	msgs []Received
	next uint64
	// changed is closed and replaced on every Add, for Wait.
	changed chan struct{}
}

// Add keeps m and gives it the next ID.
func (m *Memory) Add(r Received) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	r.ID = m.next
	m.msgs = append(m.msgs, r)
	if m.changed != nil {
		close(m.changed)
		m.changed = nil
	}
	return r.ID, nil
}

// List returns the kept messages, newest first.
func (m *Memory) List() []Received {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.msgs)
	slices.Reverse(out)
	return out
}

// Get returns one kept message.
func (m *Memory) Get(id uint64) (Received, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range m.msgs {
		if r.ID == id {
			return r, nil
		}
	}
	return Received{}, ErrNotFound
}

// Changed returns a channel closed at the next Add: wait on it, then List.
func (m *Memory) Changed() <-chan struct{} {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.changed == nil {
		m.changed = make(chan struct{})
	}
	return m.changed
}
