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
	if stillTheTestInbox(addr) {
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

// stillTheTestInbox reports whether the test inbox answers at addr. The
// port may have gone to another program's listener meanwhile (tests run in
// parallel), so what answers must greet as the test inbox.
func stillTheTestInbox(addr string) bool {
	if l, err := net.Listen("tcp", addr); err == nil {
		l.Close()
		return false
	}
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(time.Second))
	buf := make([]byte, 256)
	n, _ := c.Read(buf)
	return strings.Contains(string(buf[:n]), "shopdesk-test-inbox")
}
