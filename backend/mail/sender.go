package mail

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// idleLimit is how long an unused connection is trusted: after that, the
// next message opens a fresh one rather than risk waiting on a socket the
// server or a router dropped silently.
const idleLimit = 30 * time.Second

// Sender sends messages with one set of Settings, keeping its SMTP
// connection open between consecutive messages. It is safe for concurrent
// use; messages go out one at a time.
type Sender struct {
	settings Settings

	mu       sync.Mutex
	sess     *session
	lastUsed time.Time
}

// NewSender checks the settings (see Settings.Validate) and returns a
// Sender. It does not connect: the first Send does.
func NewSender(st Settings) (*Sender, error) {
	if err := st.Validate(); err != nil {
		return nil, err
	}
	return &Sender{settings: st}, nil
}

// FromAddress is the address messages are sent from.
func (s *Sender) FromAddress() string { return strings.TrimSpace(s.settings.FromAddress) }

// Send sends one message; empty From and Reply-To fields are taken from the
// settings. It returns nil once the server accepted the message, or a
// *SendError. Stopping ctx stops the send at once.
func (s *Sender) Send(ctx context.Context, msg Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.send(ctx, msg); err != nil {
		err.Action = "sending to " + strings.TrimSpace(msg.ToAddress)
		return err
	}
	return nil
}

func (s *Sender) send(ctx context.Context, msg Message) *SendError {
	if msg.FromAddress == "" {
		msg.FromName, msg.FromAddress = s.settings.FromName, s.settings.FromAddress
	}
	if msg.ReplyTo == "" {
		msg.ReplyTo = s.settings.ReplyTo
	}
	server := hostPort(s.settings)
	data, err := Compose(msg)
	if err != nil {
		step := StepData
		switch {
		case errors.Is(err, ErrToAddress):
			step = StepRecipient
		case errors.Is(err, ErrFromAddress):
			step = StepSender
		}
		return newSendError(step, err, server, s.settings.timeout())
	}
	if s.sess != nil && time.Since(s.lastUsed) > idleLimit {
		s.drop()
	}
	reused := s.sess != nil
	if !reused {
		if se := s.connect(ctx); se != nil {
			return se
		}
	}
	from, to := s.FromAddress(), strings.TrimSpace(msg.ToAddress)
	se := s.transact(ctx, from, to, data)
	if se != nil && reused && se.Step == StepSender && (se.Code == 0 || se.Code == 421) && ctx.Err() == nil {
		// The server let the idle connection go. Nothing was accepted yet,
		// so a fresh connection can safely try the same message again.
		s.drop()
		if se = s.connect(ctx); se != nil {
			return se
		}
		se = s.transact(ctx, from, to, data)
	}
	if se == nil {
		s.lastUsed = time.Now()
		return nil
	}
	// A refusal leaves the connection usable: reset the transaction and
	// keep it for the next message. Anything else ends it.
	if se.Code == 0 || se.Code == 421 || s.sess.client.Reset() != nil {
		s.drop()
	} else {
		s.lastUsed = time.Now()
	}
	return se
}

func (s *Sender) connect(ctx context.Context) *SendError {
	sess, se := dial(ctx, s.settings)
	if se != nil {
		return se
	}
	s.sess = sess
	return nil
}

// transact runs MAIL, RCPT and DATA on the open session.
func (s *Sender) transact(ctx context.Context, from, to string, data []byte) *SendError {
	c, conn := s.sess.client, s.sess.conn
	stop := context.AfterFunc(ctx, conn.cancel)
	defer stop()
	fail := func(step string, err error) *SendError {
		if ctx.Err() != nil {
			err = errors.Join(ErrCanceled, ctx.Err())
		}
		return newSendError(step, err, hostPort(s.settings), s.settings.timeout())
	}

	var opts *smtp.MailOptions
	if !isASCII(from) || !isASCII(to) {
		opts = &smtp.MailOptions{UTF8: true}
	}
	if err := c.Mail(from, opts); err != nil {
		return fail(StepSender, err)
	}
	if err := c.Rcpt(to, nil); err != nil {
		return fail(StepRecipient, err)
	}
	w, err := c.Data()
	if err != nil {
		return fail(StepData, err)
	}
	if _, err := w.Write(data); err != nil {
		return fail(StepData, err)
	}
	if err := w.Close(); err != nil {
		se := fail(StepData, err)
		// Everything, final dot included, reached the socket, but no
		// reply came: the server may have taken the message.
		se.MaybeDelivered = se.Code == 0 && !conn.writeFailed.Load()
		return se
	}
	return nil
}

// Close ends the current connection politely (QUIT). The Sender stays
// usable: the next Send connects again.
func (s *Sender) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return nil
	}
	err := s.sess.client.Quit()
	s.drop()
	return err
}

func (s *Sender) drop() {
	if s.sess != nil {
		s.sess.close()
		s.sess = nil
	}
}

func hostPort(st Settings) string {
	return joinHostPort(strings.Trim(strings.TrimSpace(st.Host), "[]"), st.Port)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
