package mailtest

import (
	"strconv"
	"strings"

	"github.com/emersion/go-smtp"
)

// Commands FailAt can make fail.
const (
	MAIL = "MAIL"
	RCPT = "RCPT"
	DATA = "DATA"
)

type reply struct {
	code int
	text string
}

func (r reply) err() error {
	e := &smtp.SMTPError{Code: r.code, EnhancedCode: smtp.EnhancedCode{r.code / 100, 0, 0}, Message: r.text}
	if code, rest, ok := strings.Cut(r.text, " "); ok {
		if parts := strings.Split(code, "."); len(parts) == 3 {
			for i, p := range parts {
				e.EnhancedCode[i], _ = strconv.Atoi(p)
			}
			e.Message = rest
		}
	}
	return e
}

// FailAt makes every later MAIL, RCPT or DATA command get this reply, e.g.
// FailAt(RCPT, 550, "5.1.1 user unknown"): a 4xx code is a temporary
// failure, 5xx a permanent one. Code 0 makes the command succeed again.
func (s *Server) FailAt(command string, code int, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.failures, command)
		return
	}
	s.failures[command] = reply{code, text}
}

// RejectRecipient makes RCPT TO this one address get the reply; others pass.
func (s *Server) RejectRecipient(address string, code int, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recipient[strings.ToLower(address)] = reply{code, text}
}

// Stall makes the server accept new connections and then say nothing at
// all, not even its greeting, until the server closes.
func (s *Server) Stall(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall = on
}

// StallAfterData makes the server read the whole message, record it, and
// then never answer the end of DATA.
func (s *Server) StallAfterData(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stallData = on
}

// DropMidData makes the server close the connection after reading the
// first bytes of the next messages, without recording them.
func (s *Server) DropMidData(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropData = on
}

// OnMessage calls fn with every accepted message, before the server
// answers the end of DATA. Tests use it to act at an exact moment.
func (s *Server) OnMessage(fn func(Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onMessage = fn
}

func (s *Server) failure(command string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.failures[command]; ok {
		return r.err()
	}
	return nil
}
