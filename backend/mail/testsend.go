package mail

import (
	"context"
	"errors"
	"strings"
	"time"
)

// TestSend sends a short test message to the address `to` with the given
// settings over a fresh connection, and says goodbye to the server. It
// returns nil when the server accepted the message, the settings problems
// (see Settings.Validate), or a *SendError whose Step says exactly where it
// failed: finding the server, connecting, TLS, signing in, or the sender,
// the recipient or the message being refused.
func TestSend(ctx context.Context, st Settings, to string) error {
	s, err := NewSender(st)
	if err != nil {
		return err
	}
	defer s.Close()
	err = s.Send(ctx, Message{
		ToAddress: to,
		Subject:   "Shopdesk test message",
		Text: "This is a test message from Shopdesk.\n\n" +
			"If you can read it, your shop's email settings work: replies to customers will go out the same way.\n\n" +
			"Sent " + time.Now().Format("Monday 2 January 2006 at 15:04") + ".",
	})
	var se *SendError
	if errors.As(err, &se) {
		se.Action = "sending a test message to " + strings.TrimSpace(to)
	}
	return err
}
