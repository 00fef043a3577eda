package sending

import (
	"context"

	"shopdesk/backend/mail"
)

// paused stands in for a sender the settings cannot make (the password is
// not on this computer): every send fails at sign-in with why, which
// pauses the worker without using up any message's attempts.
type paused struct {
	from string
	err  error
}

func (p paused) Send(context.Context, mail.Message) error {
	return &mail.SendError{Step: mail.StepAuth, Err: p.err, Action: "sending"}
}

func (p paused) Close() error        { return nil }
func (p paused) FromAddress() string { return p.from }

// PasswordMissing reports that sending is paused because the password the
// mail settings need is not on this computer (the data file was copied or
// moved without it).
func (s *Service) PasswordMissing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.missing
}
