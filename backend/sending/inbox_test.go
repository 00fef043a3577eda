package sending_test

import (
	"net"
	"strings"
	"testing"
	"time"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/sending/sendingtest"
)

// The test inbox's port is open only while mail can go to it.
func TestTheTestInboxListensOnlyWhileMailCanGoThere(t *testing.T) {
	d := sendingtest.Start(t)
	addr := d.Sending.TestInboxAddr()
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		t.Fatalf("a new shop's test inbox listens on %q, want 127.0.0.1", addr)
	}
	srv := mailtest.Start(t, mailtest.WithSTARTTLS())
	real := mailsettings.Settings{Host: srv.Host, Port: srv.Port, Security: mail.SecuritySTARTTLS, FromAddress: "help@shop.example"}
	if _, err := mailsettings.Save(d.DB, d.Passwords, real, nil); err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	if got := d.Sending.TestInboxAddr(); got != "" {
		t.Errorf("with a real server set up the test inbox still listens on %s", got)
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Errorf("%s still accepts connections", addr)
	}

	real.TestMode = true
	if _, err := mailsettings.Save(d.DB, d.Passwords, real, nil); err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	if got := d.Sending.TestInboxAddr(); !strings.HasPrefix(got, "127.0.0.1:") {
		t.Errorf("test mode on, the test inbox listens on %q", got)
	}
}
