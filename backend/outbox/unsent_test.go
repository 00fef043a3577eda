package outbox_test

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

// A ticket with a reply still in the outbox is deleted only once the owner
// says what to do with the reply, and a discarded reply is never sent.
func TestDeletingATicketWithUnsentMailAsksFirst(t *testing.T) {
	db := storetest.Open(t)
	ts, err := tickets.New(db, customers.NewService(db).Dir)
	if err != nil {
		t.Fatal(err)
	}
	maya := tickets.Actor{ID: 1, Name: "Maya"}
	newTicket := func() (tickets.Ticket, outbox.Message) {
		tk, err := ts.Create(maya, tickets.NewTicket{Subject: "Late parcel", Channel: "email", CustomerEmail: "ann@example.com", Message: "Where is it?"})
		if err != nil {
			t.Fatal(err)
		}
		var m outbox.Message
		err = db.Update(func(tx *bolt.Tx) (err error) {
			m, err = outbox.Enqueue(tx, outbox.Message{TicketID: tk.ID, To: "ann@example.com", Subject: "Re: Late parcel", Text: "It ships today."})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return tk, m
	}
	get := func(id uint64) (m outbox.Message, err error) {
		err = db.View(func(tx *bolt.Tx) (err error) { m, err = outbox.Get(tx, id); return err })
		return m, err
	}

	tk, m := newTicket()
	err = ts.DeleteWith(tk.ID, outbox.SettleUnsent(tk.ID, outbox.UnsentAsk))
	var unsent *outbox.UnsentError
	if !errors.As(err, &unsent) || unsent.N != 1 || !errors.Is(err, outbox.ErrUnsentMail) {
		t.Fatalf("delete without a choice = %v, want it to ask about 1 email", err)
	}
	if _, err := ts.Get(tk.ID); err != nil {
		t.Fatalf("the refused delete removed the ticket: %v", err)
	}
	if err := ts.DeleteWith(tk.ID, outbox.SettleUnsent(tk.ID, "later")); err == nil {
		t.Fatal("an unknown choice was accepted")
	}

	if err := ts.DeleteWith(tk.ID, outbox.SettleUnsent(tk.ID, outbox.UnsentDiscard)); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.Get(tk.ID); err == nil {
		t.Fatal("the ticket is still there")
	}
	if _, err := get(m.ID); err == nil {
		t.Fatal("the discarded reply is still in the outbox, so it would be sent")
	}

	tk, m = newTicket()
	if err := ts.DeleteWith(tk.ID, outbox.SettleUnsent(tk.ID, outbox.UnsentSend)); err != nil {
		t.Fatal(err)
	}
	if kept, err := get(m.ID); err != nil || kept.State != outbox.StateQueued {
		t.Fatalf("the reply the owner chose to send = %+v, %v; want it still queued", kept, err)
	}

	// A ticket whose email all went is deleted without a question.
	tk2, err := ts.Create(maya, tickets.NewTicket{Subject: "Thanks", Channel: "phone", CustomerName: "Bo", Message: "Rang to say thanks"})
	if err != nil {
		t.Fatal(err)
	}
	if err := ts.DeleteWith(tk2.ID, outbox.SettleUnsent(tk2.ID, outbox.UnsentAsk)); err != nil {
		t.Fatalf("a ticket with no unsent email: %v", err)
	}
}
