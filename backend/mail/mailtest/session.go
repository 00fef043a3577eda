package mailtest

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

type backend struct{ s *Server }

func (b backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{s: b.s, conn: c, id: b.s.ln.count.Load()}, nil
}

type session struct {
	s      *Server
	conn   *smtp.Conn
	id     int64
	authed bool
	from   string
	to     []string
}

func (ss *session) AuthMechanisms() []string {
	if ss.s.cfg.user == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		if user != ss.s.cfg.user || pass != ss.s.cfg.pass {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "username and password not accepted"}
		}
		ss.authed = true
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.cfg.user != "" && !ss.authed {
		return smtp.ErrAuthRequired
	}
	if err := ss.s.failure(MAIL); err != nil {
		return err
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.mu.Lock()
	r, rejected := ss.s.recipient[strings.ToLower(to)]
	ss.s.mu.Unlock()
	if rejected {
		return r.err()
	}
	if err := ss.s.failure(RCPT); err != nil {
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

var errDropped = errors.New("mailtest: connection dropped on purpose")

func (ss *session) Data(r io.Reader) error {
	ss.s.mu.Lock()
	drop, stall := ss.s.dropData, ss.s.stallData
	ss.s.mu.Unlock()
	if drop {
		_, _ = io.ReadFull(r, make([]byte, 16))
		ss.conn.Conn().Close()
		return errDropped
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := ss.s.failure(DATA); err != nil {
		return err
	}
	ss.s.record(Message{From: ss.from, To: append([]string(nil), ss.to...), Data: data, Connection: ss.id})
	if stall {
		<-ss.s.closed
		return errDropped
	}
	return nil
}

func (ss *session) Reset() { ss.from, ss.to = "", nil }

func (ss *session) Logout() error { return nil }

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
