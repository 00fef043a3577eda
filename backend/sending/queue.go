package sending

import (
	"errors"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
)

// Outbox lists messages in a state ("" for all), newest first.
// Rows carry a snippet of the text and no HTML; Message has the whole one.
func (s *Service) Outbox(state outbox.State, limit int) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.List(tx, state, limit); return err })
	for i := range out {
		out[i] = outbox.Row(out[i])
	}
	return out, err
}

// Message is one outgoing message with its whole text and HTML.
func (s *Service) Message(id uint64) (m outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { m, err = outbox.Get(tx, id); return err })
	return m, err
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

// TicketEmails lists a ticket's emails and their states, oldest first.
func (s *Service) TicketEmails(ticketID uint64) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.ForTicket(tx, ticketID); return err })
	if out == nil {
		out = []outbox.Message{}
	}
	return out, err
}

// ErrStillTestMode is returned by SendForReal while mail still goes to the
// test inbox.
var ErrStillTestMode = errors.New("mail still goes to the test inbox: set up the shop's mail account (and turn test mode off) first")

// OnlyInTestInbox lists what reached only the test inbox, newest first: the
// customers never got these.
func (s *Service) OnlyInTestInbox(limit int) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.OnlyInTestInbox(tx, limit); return err })
	return out, err
}

// SendForReal sends the chosen test-inbox messages to the customers through
// the shop's real mail account, in one transaction.
func (s *Service) SendForReal(ids []uint64) (out []outbox.Message, err error) {
	st, err := mailsettings.Load(s.db)
	if err != nil {
		return nil, err
	}
	if st.TestMode || !st.Configured() {
		return nil, ErrStillTestMode
	}
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = outbox.SendForReal(tx, ids); return err })
	if err == nil {
		s.Wake()
	}
	return out, err
}

// RetryNow sends a message waiting for a retry at once.
func (s *Service) RetryNow(id uint64) (m outbox.Message, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { m, err = outbox.RetryNow(tx, id); return err })
	if err == nil {
		s.Wake()
	}
	return m, err
}

// DiscardDamaged drops the messages set aside as unreadable.
func (s *Service) DiscardDamaged() (n int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { n, err = outbox.DiscardDamaged(tx); return err })
	if err == nil && n > 0 && s.OnChange != nil {
		s.OnChange(outbox.Change{})
	}
	return n, err
}
