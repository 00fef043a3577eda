package outbox

import (
	"fmt"
	"net/mail"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Enqueue writes a message to the outbox in state queued, in the caller's
// transaction; the worker sends it once that commits (call Worker.Wake).
// To, Text and the threading fields come from m; a NextAttemptAt in the
// future delays the first attempt. It returns the stored message.
func Enqueue(tx *bolt.Tx, m Message) (Message, error) {
	w := newWriter(tx)
	now := time.Now().UTC()
	out, err := enqueue(w, m, now)
	if err != nil {
		return Message{}, err
	}
	return out, w.flush(now)
}

func enqueue(w *writer, m Message, now time.Time) (Message, error) {
	to, err := checkAddress(m.To)
	if err != nil {
		return Message{}, err
	}
	if strings.TrimSpace(m.Text) == "" {
		return Message{}, ErrNoText
	}
	id, err := w.msgs.NextSequence()
	if err != nil {
		return Message{}, fmt.Errorf("add the message to the outbox: %w", err)
	}
	due := m.NextAttemptAt
	if due.Before(now) {
		due = now
	}
	out := Message{
		ID: id, TicketID: m.TicketID, BatchID: m.BatchID, ReplyID: m.ReplyID,
		To: to, ToName: m.ToName, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
		MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References,
		State: StateQueued, NextAttemptAt: due, CreatedAt: now, UpdatedAt: now,
	}
	if err := w.put(nil, &out); err != nil {
		return Message{}, fmt.Errorf("add the message to the outbox: %w", err)
	}
	return out, nil
}

// checkAddress returns the bare address, or ErrNoRecipient.
func checkAddress(addr string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(addr))
	if err != nil || a.Address != strings.TrimSpace(addr) {
		return "", ErrNoRecipient
	}
	return a.Address, nil
}
