package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strconv"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// localName is what Shopdesk calls itself in EHLO.
const localName = "localhost"

// session is one open, greeted, signed-in SMTP connection.
type session struct {
	client *smtp.Client
	conn   *deadlineConn
}

func (s *session) close() {
	_ = s.client.Close()
}

// dial opens a session: look-up, connect, TLS as configured, EHLO, sign-in.
// Every step that fails comes back as a *SendError naming it.
func dial(ctx context.Context, st Settings) (*session, *SendError) {
	host := strings.Trim(strings.TrimSpace(st.Host), "[]")
	server := joinHostPort(host, st.Port)
	timeout := st.timeout()
	fail := func(step string, err error) *SendError {
		if ctx.Err() != nil {
			err = errors.Join(ErrCanceled, ctx.Err())
		}
		return newSendError(step, err, server, timeout)
	}

	addrs := []string{host}
	if net.ParseIP(host) == nil {
		lctx, cancel := context.WithTimeout(ctx, timeout)
		var err error
		addrs, err = net.DefaultResolver.LookupHost(lctx, host)
		cancel()
		if err != nil {
			return nil, fail(StepLookup, err)
		}
	}
	if st.Security == SecurityNone {
		for _, a := range addrs {
			if ip := net.ParseIP(a); ip == nil || !isLocalIP(ip) {
				return nil, fail(StepConnect, ErrPlainRemote)
			}
		}
	}

	d := net.Dialer{Timeout: timeout}
	var raw net.Conn
	var err error
	for _, a := range addrs {
		if raw, err = d.DialContext(ctx, "tcp", net.JoinHostPort(a, strconv.Itoa(st.Port))); err == nil {
			break
		}
	}
	if err != nil {
		return nil, fail(StepConnect, err)
	}
	conn := newDeadlineConn(raw, timeout)
	stop := context.AfterFunc(ctx, conn.cancel)
	defer stop()

	sess, step, err := open(ctx, conn, st, host)
	if err != nil {
		_ = raw.Close()
		return nil, fail(step, err)
	}
	return sess, nil
}

// open runs TLS, EHLO and sign-in on a connected socket.
func open(ctx context.Context, conn *deadlineConn, st Settings, host string) (*session, string, error) {
	cfg := &tls.Config{ServerName: host, RootCAs: st.RootCAs, MinVersion: tls.VersionTLS12}
	if st.PinnedCert != "" {
		pinned(cfg, st.PinnedCert)
	}
	var c *smtp.Client
	switch st.Security {
	case SecurityTLS:
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, StepTLS, err
		}
		c = smtp.NewClient(tc)
	case SecuritySTARTTLS:
		tc, step, err := startTLS(ctx, conn, cfg, localName)
		if err != nil {
			return nil, step, err
		}
		c = smtp.NewClient(tc)
	default:
		c = smtp.NewClient(conn)
	}
	timeout := st.timeout()
	c.CommandTimeout, c.SubmissionTimeout = timeout, timeout
	if err := c.Hello(localName); err != nil {
		return nil, StepConnect, err
	}
	if st.Username != "" {
		if err := signIn(c, st); err != nil {
			return nil, StepAuth, err
		}
	}
	return &session{client: c, conn: conn}, "", nil
}

// signIn uses AUTH PLAIN, or LOGIN for servers that offer only that.
func signIn(c *smtp.Client, st Settings) error {
	ok, mechs := c.Extension("AUTH")
	if !ok {
		return ErrNoAuthMechanism
	}
	var auth sasl.Client
	for _, m := range strings.Fields(strings.ToUpper(mechs)) {
		switch {
		case m == sasl.Plain:
			auth = sasl.NewPlainClient("", st.Username, st.Password)
		case m == sasl.Login && auth == nil:
			auth = sasl.NewLoginClient(st.Username, st.Password)
		}
	}
	if auth == nil {
		return ErrNoAuthMechanism
	}
	return c.Auth(auth)
}

func joinHostPort(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}
