package mail_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	smail "shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
)

func testMessage(to string) smail.Message {
	return smail.Message{ToName: "Ann", ToAddress: to, Subject: "Your order", Text: "Hello Ann", HTML: "<p>Hello Ann</p>"}
}

func newSender(t *testing.T, st smail.Settings) *smail.Sender {
	t.Helper()
	s, err := smail.NewSender(st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sendErr sends one message and returns its *SendError (nil on success).
func sendErr(t *testing.T, s *smail.Sender, msg smail.Message) *smail.SendError {
	t.Helper()
	err := s.Send(context.Background(), msg)
	if err == nil {
		return nil
	}
	var se *smail.SendError
	if !errors.As(err, &se) {
		t.Fatalf("Send error %v (%T) is not a *SendError", err, err)
	}
	return se
}

func TestSendArrivesInEverySecurityMode(t *testing.T) {
	tests := []struct {
		name string
		opts []mailtest.Option
	}{
		{"plain text to this computer", nil},
		{"starttls", []mailtest.Option{mailtest.WithSTARTTLS()}},
		{"implicit tls", []mailtest.Option{mailtest.WithImplicitTLS()}},
		{"starttls with sign-in", []mailtest.Option{mailtest.WithSTARTTLS(), mailtest.WithAuth("shop", "s3cret")}},
		{"sign-in without tls on this computer", []mailtest.Option{mailtest.WithAuth("shop", "s3cret")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := mailtest.Start(t, tc.opts...)
			s := newSender(t, srv.Settings())
			if se := sendErr(t, s, testMessage("ann@example.com")); se != nil {
				t.Fatal(se)
			}
			got := srv.WaitMessages(t, 1)[0]
			if got.From != "shop@shopdesk.test" || len(got.To) != 1 || got.To[0] != "ann@example.com" {
				t.Fatalf("envelope = %s → %v", got.From, got.To)
			}
			msg, parts := parse(t, got.Data)
			if msg.Header.Get("Subject") != "Your order" || len(parts) != 2 || parts[0].body != "Hello Ann" {
				t.Fatalf("received %q with parts %+v", msg.Header.Get("Subject"), parts)
			}
		})
	}
}

func TestSendReusesOneConnection(t *testing.T) {
	srv := mailtest.Start(t)
	s := newSender(t, srv.Settings())
	srv.RejectRecipient("gone@example.com", 550, "5.1.1 user unknown")
	for _, to := range []string{"a@example.com", "gone@example.com", "b@example.com", "c@example.com"} {
		se := sendErr(t, s, testMessage(to))
		if (se != nil) != (to == "gone@example.com") {
			t.Fatalf("sending to %s: %v", to, se)
		}
	}
	if n := len(srv.WaitMessages(t, 3)); n != 3 {
		t.Fatalf("%d messages arrived, want 3", n)
	}
	if n := srv.Connections(); n != 1 {
		t.Fatalf("%d connections, want 1 for all four messages", n)
	}
}

func TestServerRepliesAreClassified(t *testing.T) {
	tests := []struct {
		name          string
		command       string
		code          int
		text          string
		wantStep      string
		wantPermanent bool
		wantError     string
	}{
		{"recipient unknown", mailtest.RCPT, 550, "5.1.1 user unknown", smail.StepRecipient, true,
			"sending to ann@example.com: the server refused the recipient (550 5.1.1 user unknown)"},
		{"mailbox busy", mailtest.RCPT, 450, "4.2.1 mailbox busy, try later", smail.StepRecipient, false,
			"sending to ann@example.com: the server refused the recipient (450 4.2.1 mailbox busy, try later)"},
		{"sender not allowed", mailtest.MAIL, 553, "5.7.1 sender not allowed", smail.StepSender, true,
			"sending to ann@example.com: the server refused the From address (553 5.7.1 sender not allowed)"},
		{"server busy at MAIL", mailtest.MAIL, 451, "4.3.0 try again later", smail.StepSender, false,
			"sending to ann@example.com: the server refused the From address (451 4.3.0 try again later)"},
		{"message rejected as spam", mailtest.DATA, 554, "5.7.1 looks like spam", smail.StepData, true,
			"sending to ann@example.com: the server refused the message (554 5.7.1 looks like spam)"},
		{"greylisted at DATA", mailtest.DATA, 452, "4.3.1 out of storage", smail.StepData, false,
			"sending to ann@example.com: the server refused the message (452 4.3.1 out of storage)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := mailtest.Start(t)
			srv.FailAt(tc.command, tc.code, tc.text)
			se := sendErr(t, newSender(t, srv.Settings()), testMessage("ann@example.com"))
			if se == nil {
				t.Fatal("Send succeeded, want an error")
			}
			if se.Step != tc.wantStep || se.Permanent != tc.wantPermanent || se.Code != tc.code || se.MaybeDelivered {
				t.Errorf("step %s, permanent %v, code %d, maybe delivered %v; want %s, %v, %d, false",
					se.Step, se.Permanent, se.Code, se.MaybeDelivered, tc.wantStep, tc.wantPermanent, tc.code)
			}
			if se.Error() != tc.wantError {
				t.Errorf("Error() = %q\nwant      %q", se.Error(), tc.wantError)
			}
			if se.Hint() == "" {
				t.Error("no hint for the shop owner")
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("server kept %d messages", n)
			}
		})
	}
}

func TestStartTLSRequiredButNotOfferedSendsNothing(t *testing.T) {
	srv := mailtest.Start(t, mailtest.WithAuth("shop", "s3cret")) // no STARTTLS
	st := srv.Settings()
	st.Security = smail.SecuritySTARTTLS
	se := sendErr(t, newSender(t, st), testMessage("ann@example.com"))
	if se == nil || se.Step != smail.StepTLS || !errors.Is(se, smail.ErrNoSTARTTLS) || !se.Permanent {
		t.Fatalf("got %v, want a permanent tls-step error", se)
	}
	if !strings.Contains(se.Error(), "does not offer STARTTLS, so nothing was sent") {
		t.Errorf("Error() = %q", se.Error())
	}
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("%d messages reached a server without TLS", n)
	}
}

func TestConnectionProblemsNameTheirStep(t *testing.T) {
	closedPort := func() int {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		return port
	}
	tests := []struct {
		name          string
		setup         func(t *testing.T) smail.Settings
		wantStep      string
		wantPermanent bool
		wantInError   string
	}{
		{"wrong password", func(t *testing.T) smail.Settings {
			st := mailtest.Start(t, mailtest.WithSTARTTLS(), mailtest.WithAuth("shop", "s3cret")).Settings()
			st.Password = "wrong"
			return st
		}, smail.StepAuth, true, "the server refused the username or password (535 5.7.8 username and password not accepted)"},
		{"sign-in required but not configured", func(t *testing.T) smail.Settings {
			st := mailtest.Start(t, mailtest.WithAuth("shop", "s3cret")).Settings()
			st.Username, st.Password = "", ""
			return st
		}, smail.StepSender, true, "the server refused the From address (502 5.7.0 Please authenticate first)"},
		{"certificate not trusted", func(t *testing.T) smail.Settings {
			st := mailtest.Start(t, mailtest.WithSTARTTLS()).Settings()
			st.RootCAs = nil
			return st
		}, smail.StepTLS, true, "is not signed by a known authority (SHA-256 fingerprint "},
		{"nothing listening", func(t *testing.T) smail.Settings {
			return smail.Settings{Host: "127.0.0.1", Port: closedPort(), Security: smail.SecurityNone, FromAddress: "a@shop.example", Timeout: time.Second}
		}, smail.StepConnect, false, "nothing is listening on that port"},
		{"unknown server name", func(t *testing.T) smail.Settings {
			return smail.Settings{Host: "no-such-host.invalid", Port: 587, Security: smail.SecuritySTARTTLS, FromAddress: "a@shop.example", Timeout: 2 * time.Second}
		}, smail.StepLookup, false, "no-such-host.invalid"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := smail.TestSend(context.Background(), tc.setup(t), "ann@example.com")
			var se *smail.SendError
			if !errors.As(err, &se) {
				t.Fatalf("TestSend = %v, want a *SendError", err)
			}
			if se.Step != tc.wantStep || se.Permanent != tc.wantPermanent {
				t.Errorf("step %s, permanent %v; want %s, %v (%v)", se.Step, se.Permanent, tc.wantStep, tc.wantPermanent, se)
			}
			if !strings.HasPrefix(se.Error(), "sending a test message to ann@example.com: ") || !strings.Contains(se.Error(), tc.wantInError) {
				t.Errorf("Error() = %q, want it to contain %q", se.Error(), tc.wantInError)
			}
		})
	}
}

func TestSilentServerFailsWithinTheTimeout(t *testing.T) {
	srv := mailtest.Start(t, mailtest.WithSTARTTLS())
	srv.Stall(true)
	st := srv.Settings()
	st.Timeout = 200 * time.Millisecond
	start := time.Now()
	se := sendErr(t, newSender(t, st), testMessage("ann@example.com"))
	took := time.Since(start)
	if se == nil || se.Step != smail.StepConnect || se.Permanent {
		t.Fatalf("got %v, want a temporary connect-step error", se)
	}
	if !strings.Contains(se.Error(), "did not answer within 200ms") {
		t.Errorf("Error() = %q", se.Error())
	}
	if took > 2*time.Second {
		t.Fatalf("gave up after %v, want about 200ms", took)
	}
}

func TestNoReplyAfterTheMessageMayHaveBeenDelivered(t *testing.T) {
	srv := mailtest.Start(t)
	srv.StallAfterData(true)
	st := srv.Settings()
	st.Timeout = 200 * time.Millisecond
	se := sendErr(t, newSender(t, st), testMessage("ann@example.com"))
	if se == nil || se.Step != smail.StepData || se.Permanent || !se.MaybeDelivered {
		t.Fatalf("got %+v, want a temporary data-step error that may have been delivered", se)
	}
	if !strings.Contains(se.Error(), "may have been delivered") {
		t.Errorf("Error() = %q", se.Error())
	}
}

func TestDroppedConnectionMidDataIsTemporary(t *testing.T) {
	srv := mailtest.Start(t)
	s := newSender(t, srv.Settings())
	srv.DropMidData(true)
	se := sendErr(t, s, testMessage("ann@example.com"))
	if se == nil || se.Step != smail.StepData || se.Permanent || se.Code != 0 {
		t.Fatalf("got %+v, want a temporary data-step error", se)
	}
	srv.DropMidData(false)
	if se := sendErr(t, s, testMessage("ann@example.com")); se != nil {
		t.Fatalf("the next message after a dropped connection: %v", se)
	}
	if n := srv.Connections(); n != 2 {
		t.Fatalf("%d connections, want a fresh one after the drop", n)
	}
}

func TestCancelStopsAWaitingSend(t *testing.T) {
	srv := mailtest.Start(t)
	srv.Stall(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	s := newSender(t, srv.Settings()) // 5s timeout
	go func() { done <- s.Send(ctx, testMessage("ann@example.com")) }()
	srv.WaitConnections(t, 1)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, smail.ErrCanceled) {
			t.Fatalf("err = %v, want ErrCanceled", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Send kept waiting after cancel")
	}
}
