package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/emersion/go-smtp"
)

// startTLS speaks the plain-text part of a STARTTLS session itself —
// greeting, EHLO, STARTTLS — and returns the connection after a completed
// TLS handshake. go-smtp's client can do STARTTLS too, but it reports a
// greeting failure, a missing STARTTLS and a refused STARTTLS alike, and it
// handshakes lazily on the next command; here each failure names its step,
// and nothing but EHLO and STARTTLS is ever written before TLS is up.
//
// The returned connection replays a greeting, so that go-smtp's client can
// start on it as on a fresh connection (it sends EHLO again, as RFC 3207
// requires after STARTTLS).
func startTLS(ctx context.Context, conn net.Conn, cfg *tls.Config, localName string) (net.Conn, string, error) {
	tp := textproto.NewConn(conn)
	if _, _, err := tp.ReadResponse(220); err != nil {
		return nil, StepConnect, replyError(err)
	}
	_, msg, err := command(tp, 250, "EHLO %s", localName)
	if err != nil {
		return nil, StepConnect, err
	}
	if !hasExtension(msg, "STARTTLS") {
		_, _, _ = command(tp, 221, "QUIT")
		return nil, StepTLS, ErrNoSTARTTLS
	}
	if _, _, err := command(tp, 220, "STARTTLS"); err != nil {
		return nil, StepTLS, err
	}
	if tp.R.Buffered() > 0 {
		// Bytes that arrived before the handshake could have been injected
		// by someone in the middle; refuse them (CVE-2011-0411).
		return nil, StepTLS, errors.New("the server sent data before the secure connection was set up")
	}
	tc := tls.Client(conn, cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, StepTLS, err
	}
	return &greetedConn{Conn: tc, greeting: []byte("220 TLS ready\r\n")}, "", nil
}

func command(tp *textproto.Conn, code int, format string, args ...any) (int, string, error) {
	id, err := tp.Cmd(format, args...)
	if err != nil {
		return 0, "", err
	}
	tp.StartResponse(id)
	defer tp.EndResponse(id)
	c, msg, err := tp.ReadResponse(code)
	return c, msg, replyError(err)
}

func hasExtension(ehlo, name string) bool {
	lines := strings.Split(ehlo, "\n")
	for _, l := range lines[min(1, len(lines)):] {
		if f := strings.Fields(l); len(f) > 0 && strings.EqualFold(f[0], name) {
			return true
		}
	}
	return false
}

// replyError turns a textproto reply error into go-smtp's *SMTPError, with
// the enhanced status code split off, so both paths classify alike.
func replyError(err error) error {
	var te *textproto.Error
	if !errors.As(err, &te) {
		return err
	}
	e := &smtp.SMTPError{Code: te.Code, Message: te.Msg}
	if code, rest, ok := strings.Cut(te.Msg, " "); ok {
		parts := strings.Split(code, ".")
		if len(parts) == 3 {
			var ec smtp.EnhancedCode
			valid := true
			for i, p := range parts {
				n, err := strconv.Atoi(p)
				valid = valid && err == nil
				ec[i] = n
			}
			if valid {
				e.EnhancedCode, e.Message = ec, rest
			}
		}
	}
	return e
}
