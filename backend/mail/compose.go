package mail

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
	"time"

	simplemail "github.com/xhit/go-simple-mail/v2"
)

// Compose writes msg as an RFC 5322 message with CRLF line endings:
// multipart/alternative with text/plain first and text/html second (only
// text/plain when msg.HTML is empty), both UTF-8 and quoted-printable.
// Headers: From, To, optional Reply-To, Subject (RFC 2047 encoded when not
// ASCII, as are display names), Date, Message-ID (made from the From domain
// when msg.MessageID is empty), In-Reply-To and References for replies.
//
// go-simple-mail builds the message. Two things it does not do are done
// here: it writes bare LF inside its multipart Content-Type header, so line
// endings are normalized to CRLF afterwards; and it joins repeated header
// values with commas, which is wrong for References, so References is
// passed as one space-separated value.
func Compose(msg Message) ([]byte, error) {
	from, err := address(msg.FromName, msg.FromAddress)
	if err != nil {
		return nil, ErrFromAddress
	}
	to, err := address(msg.ToName, msg.ToAddress)
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrToAddress, msg.ToAddress)
	}
	if strings.TrimSpace(msg.Text) == "" {
		return nil, ErrNoText
	}
	id := bracketID(msg.MessageID)
	if id == "" {
		id = NewMessageID(msg.FromAddress)
	}
	date := msg.Date
	if date.IsZero() {
		date = time.Now()
	}

	email := simplemail.NewMSG()
	email.SetFrom(from).AddTo(to).SetSubject(oneLine(msg.Subject))
	if msg.ReplyTo != "" {
		email.SetReplyTo(msg.ReplyTo)
	}
	// SetDate only parses this layout; UTC keeps the zone unambiguous.
	email.SetDate(date.UTC().Format("2006-01-02 15:04:05") + " UTC")
	email.AddHeader("Message-ID", id)
	refs := make([]string, 0, len(msg.References)+1)
	for _, r := range msg.References {
		if r = bracketID(oneLine(r)); r != "" {
			refs = append(refs, r)
		}
	}
	if parent := bracketID(oneLine(msg.InReplyTo)); parent != "" {
		email.AddHeader("In-Reply-To", parent)
		if len(refs) == 0 || refs[len(refs)-1] != parent {
			refs = append(refs, parent)
		}
	}
	if len(refs) > 0 {
		email.AddHeader("References", strings.Join(refs, " "))
	}
	email.SetBody(simplemail.TextPlain, msg.Text)
	if msg.HTML != "" {
		email.AddAlternative(simplemail.TextHTML, msg.HTML)
	}
	if err := email.GetError(); err != nil {
		return nil, fmt.Errorf("prepare the message: %w", err)
	}
	return crlf(email.GetMessage()), nil
}

// address formats a display name and address as a header value; the name is
// RFC 2047 encoded when it is not ASCII.
func address(name, addr string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(addr))
	if err != nil {
		return "", err
	}
	a.Name = oneLine(name)
	return a.String(), nil
}

// oneLine removes line breaks, so no value can start a header of its own.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// crlf turns every bare LF into CRLF.
func crlf(s string) []byte {
	b := []byte(strings.ReplaceAll(s, "\r\n", "\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}
