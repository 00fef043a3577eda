package sending_test

import (
	"context"
	"testing"
	"time"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/tickets"
)

func TestSettingsKeepThePasswordOutOfTheDataFile(t *testing.T) {
	d := sendingtest.Start(t)
	s := d.Sending
	pw := "s3cret-pass"
	_, err := mailsettings.Save(d.DB, d.Passwords, mailsettings.Settings{Host: "smtp.example.com", Port: 587, Security: mail.SecuritySTARTTLS,
		Username: "shop", FromAddress: "help@shop.example", TestMode: true}, &pw)
	if err == nil {
		err = s.Reconfigure()
	}
	if err != nil {
		t.Fatal(err)
	}
	st, err := mailsettings.Load(d.DB)
	if err != nil || !st.HasPassword || d.Passwords.Where() == "" {
		t.Fatalf("settings = %+v, %v", st, err)
	}
	// In test mode the test email goes to the built-in inbox.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.TestSend(ctx, "owner@shop.example"); err != nil {
		t.Errorf("test send in test mode: %v", err)
	}
	if _, err := mailsettings.Save(d.DB, d.Passwords, mailsettings.Settings{Host: "smtp.example.com", Port: 25, Security: mail.SecurityNone, FromAddress: "help@shop.example"}, nil); err == nil {
		t.Error("plain text to a server on another computer was accepted")
	}
}

func TestStatusAndAllMessages(t *testing.T) {
	d := sendingtest.Start(t)
	s, ts := d.Sending, d.Tickets
	rs := replies.New(d.DB, ts, s.Wake)
	tk, _ := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	msg, err := rs.Reply(tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "On its way.")
	if err != nil {
		t.Fatal(err)
	}
	d.WaitFor(t, outbox.StateSent)
	all, err := s.Outbox("", 10)
	if err != nil || len(all) != 1 || all[0].ReplyID == 0 || all[0].ID != msg.ID {
		t.Fatalf("all messages = %+v, %v", all, err)
	}
	st, err := s.Status()
	if err != nil || !st.TestMode || st.Failed != 0 || st.Waiting != 0 {
		t.Errorf("status = %+v, %v", st, err)
	}
}
