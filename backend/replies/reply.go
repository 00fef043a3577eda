package replies

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Reply adds a reply to a ticket and queues it as an email to the customer,
// in one transaction: either both happen or neither. The reply counts as
// the first response where it is one. A customer with no email address
// gets no email: the reply is only logged, and msg is the zero Message.
func (s *Service) Reply(by tickets.Actor, id uint64, body string) (msg outbox.Message, err error) {
	return s.ReplyWith(by, id, body, nil)
}

// ReplyWith is Reply with also run in the same transaction after the reply
// is added: what the reply completes (an escalation's customer update)
// is recorded with it or not at all.
func (s *Service) ReplyWith(by tickets.Actor, id uint64, body string, also func(tx *bolt.Tx) error) (msg outbox.Message, err error) {
	names, near := templates.CheckReply(body)
	if len(names) > 0 {
		return msg, fmt.Errorf("fill in [%s] before sending: the reply was not sent", strings.Join(names, "], ["))
	}
	if len(near) > 0 {
		return msg, &NearMissError{Near: near}
	}
	err = s.tickets.Batch(func(b *tickets.Batch) error {
		t, m, err := b.AddMessage(by, id, tickets.Reply, body)
		if err != nil {
			return err
		}
		if also != nil {
			if err := also(b.Tx()); err != nil {
				return err
			}
		}
		c, err := customers.Get(b.Tx(), t.CustomerID)
		if err != nil {
			return err
		}
		if c.Email == "" {
			// A phone or chat customer who gave no address: the reply is
			// what the rep told them there, logged on the ticket (it counts
			// as the response), and nothing is emailed.
			return nil
		}
		msg, err = replyEmail(b.Tx(), t, m.Body)
		if err != nil {
			return err
		}
		msg.ReplyID = m.ID
		msg, err = outbox.Enqueue(b.Tx(), msg)
		return err
	})
	if err == nil && msg.ID != 0 {
		s.wake()
	}
	return msg, err
}

// replyEmail builds the email for a reply: "[#1042]" in the subject, and
// threaded under one root per ticket so mail programs keep the
// conversation together.
func replyEmail(tx *bolt.Tx, t tickets.Ticket, body string) (outbox.Message, error) {
	c, err := customers.Get(tx, t.CustomerID)
	if err != nil {
		return outbox.Message{}, err
	}
	st, err := mailsettings.Get(tx)
	if err != nil {
		return outbox.Message{}, err
	}
	domain := "shopdesk.local"
	if at := strings.LastIndexByte(st.FromAddress, '@'); at >= 0 {
		domain = st.FromAddress[at+1:]
	}
	root := fmt.Sprintf("<ticket-%d@%s>", t.Number, domain)
	return outbox.Message{
		TicketID:   t.ID,
		To:         c.Email,
		ToName:     c.Name,
		Subject:    mail.SubjectWithTicket(mail.ReplySubject(t.Subject), t.Number),
		Text:       body,
		HTML:       templates.TextToHTML(body),
		MessageID:  mail.NewMessageID(st.FromAddress),
		InReplyTo:  root,
		References: []string{root},
	}, nil
}
