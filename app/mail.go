package app

import (
	"context"
	"time"

	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/sending"
	"shopdesk/backend/testinbox"
)

// Mail is the shop's email: its settings (owner only), the outbox and
// the built-in test inbox.
type Mail struct{ c *core }

// MailSettings is the settings screen's view.
type MailSettings struct {
	Settings mailsettings.Settings `json:"settings"`
	// PasswordStore is "keyring" or "file" (a file only you can read,
	// when this computer has no keyring).
	PasswordStore string `json:"passwordStore"`
	// KeyringError is why the keyring refused the password just saved,
	// which went to the file instead ("" when it did not).
	KeyringError string `json:"keyringError"`
	// PasswordMissing: the settings sign in but the password is not on
	// this computer (the data file came without it); sending is paused.
	PasswordMissing bool `json:"passwordMissing"`
}

// Settings: owner only.
func (m *Mail) Settings() (ms MailSettings, err error) {
	defer guard("Mail.Settings", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return ms, err
	}
	ms.Settings, err = mailsettings.Load(m.c.db)
	ms.PasswordStore = m.c.passwords.Where()
	ms.KeyringError = m.c.passwords.KeyringError()
	ms.PasswordMissing = m.c.sending.PasswordMissing()
	return ms, err
}

// SaveSettings: owner only. password nil keeps the saved one.
func (m *Mail) SaveSettings(s mailsettings.Settings, password *string) (err error) {
	defer guard("Mail.SaveSettings", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return err
	}
	if _, err = mailsettings.Save(m.c.db, m.c.passwords, s, password); err != nil {
		return err
	}
	return m.c.sending.Reconfigure()
}

// TestSend: owner only. Sends a test email and names the step that failed.
func (m *Mail) TestSend(to string) (err error) {
	defer guard("Mail.TestSend", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return m.c.sending.TestSend(ctx, to)
}

// Outbox: anyone. Messages in a state ("" for all), newest first.
func (m *Mail) Outbox(state outbox.State) (out []outbox.Message, err error) {
	defer guard("Mail.Outbox", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return nil, err
	}
	return m.c.sending.Outbox(state, 200)
}

// Resend: owner only. Queues a failed or "may have been sent" message again.
func (m *Mail) Resend(id uint64) (msg outbox.Message, err error) {
	defer guard("Mail.Resend", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return msg, err
	}
	return m.c.sending.Resend(id)
}

// FixAndResend: owner only. Corrects the recipient and queues it again.
func (m *Mail) FixAndResend(id uint64, to, toName string) (msg outbox.Message, err error) {
	defer guard("Mail.FixAndResend", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return msg, err
	}
	return m.c.sending.FixAndResend(id, to, toName)
}

// MarkSent: owner only. The owner checked that a "may have been sent" message arrived.
func (m *Mail) MarkSent(id uint64) (msg outbox.Message, err error) {
	defer guard("Mail.MarkSent", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return msg, err
	}
	return m.c.sending.MarkSent(id)
}

// Discard: owner only.
func (m *Mail) Discard(id uint64) (err error) {
	defer guard("Mail.Discard", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return err
	}
	return m.c.sending.Discard(id)
}

// TestInbox: anyone. What the built-in test inbox received, newest first.
func (m *Mail) TestInbox() (out []testinbox.Item, err error) {
	defer guard("Mail.TestInbox", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return nil, err
	}
	return testinbox.Items(m.c.db, 100)
}

// DiscardDamaged: owner only. Clears the emails set aside because the data
// file could not read them (nothing of them can be sent or shown).
func (m *Mail) DiscardDamaged() (n int, err error) {
	defer guard("Mail.DiscardDamaged", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return 0, err
	}
	return m.c.sending.DiscardDamaged()
}

// Message: anyone. One outgoing message, whole (lists carry a snippet).
func (m *Mail) Message(id uint64) (msg outbox.Message, err error) {
	defer guard("Mail.Message", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return msg, err
	}
	return m.c.sending.Message(id)
}

// TestInboxItem: anyone. One test-inbox message, whole.
func (m *Mail) TestInboxItem(id uint64) (it testinbox.Item, err error) {
	defer guard("Mail.TestInboxItem", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return it, err
	}
	return testinbox.ItemByID(m.c.db, id)
}

// TicketEmails: anyone. A ticket's emails and where each one is, so a
// refused reply shows on the ticket with the server's reason.
func (m *Mail) TicketEmails(ticketID uint64) (out []outbox.Message, err error) {
	defer guard("Mail.TicketEmails", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return nil, err
	}
	return m.c.sending.TicketEmails(ticketID)
}

// Status: anyone. Test mode, paused sending and the counts that need the owner.
func (m *Mail) Status() (st sending.Status, err error) {
	defer guard("Mail.Status", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return st, err
	}
	return m.c.sending.Status()
}

// TestInboxNotice: anyone. How much the test inbox keeps, and how many
// older messages it dropped to stay within that.
func (m *Mail) TestInboxNotice() (n testinbox.Notice, err error) {
	defer guard("Mail.TestInboxNotice", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return n, err
	}
	return testinbox.ReadNotice(m.c.db, testinbox.DefaultLimits)
}

// OnlyInTestInbox: anyone. Messages that reached only the test inbox, newest
// first: the customers never got them.
func (m *Mail) OnlyInTestInbox() (out []outbox.Message, err error) {
	defer guard("Mail.OnlyInTestInbox", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return nil, err
	}
	return m.c.sending.OnlyInTestInbox(200)
}

// SendForReal: owner only. Sends the chosen test-inbox messages to the
// customers through the real mail account.
func (m *Mail) SendForReal(ids []uint64) (out []outbox.Message, err error) {
	defer guard("Mail.SendForReal", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return nil, err
	}
	return m.c.sending.SendForReal(ids)
}

// RetryNow: anyone. A message waiting for a retry goes again now.
func (m *Mail) RetryNow(id uint64) (msg outbox.Message, err error) {
	defer guard("Mail.RetryNow", &err)
	if _, err = m.c.sess.anyone(); err != nil {
		return msg, err
	}
	return m.c.sending.RetryNow(id)
}
