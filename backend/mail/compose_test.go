package mail_test

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"regexp"
	"strings"
	"testing"
	"time"

	smail "shopdesk/backend/mail"
	"shopdesk/backend/templates"
)

// part is one decoded MIME part.
type part struct {
	contentType string
	body        string
}

// parse reads a message as a mail client would, decoding every part.
func parse(t *testing.T, raw []byte) (*mail.Message, []part) {
	t.Helper()
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Fatal("message has a bare LF line ending")
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("read message: %v", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("Content-Type: %v", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		body, _ := io.ReadAll(msg.Body)
		return msg, []part{{mt, decodeQP(t, msg.Header.Get("Content-Transfer-Encoding"), body)}}
	}
	if mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %s, want multipart/alternative", mt)
	}
	var parts []part
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read part: %v", err)
		}
		body, _ := io.ReadAll(p)
		ct, cp, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if cp["charset"] != "UTF-8" && cp["charset"] != "utf-8" {
			t.Errorf("part %s has charset %q, want UTF-8", ct, cp["charset"])
		}
		parts = append(parts, part{ct, decodeQP(t, p.Header.Get("Content-Transfer-Encoding"), body)})
	}
	return msg, parts
}

func decodeQP(t *testing.T, cte string, body []byte) string {
	t.Helper()
	if !strings.EqualFold(cte, "quoted-printable") {
		t.Fatalf("Content-Transfer-Encoding = %q, want quoted-printable", cte)
	}
	b, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body)))
	if err != nil {
		t.Fatalf("invalid quoted-printable: %v", err)
	}
	return strings.TrimSuffix(string(b), "\r\n")
}

func TestComposeHeadersAndParts(t *testing.T) {
	tmpl := templates.Template{Subject: "Ça va? Your order [Order Number]", Body: "Dear [Customer Name],\n\nThanks = 100% ✓"}
	subject, text, html, missing := templates.Fill(tmpl, map[string]string{
		"Customer Name": "<b>Zoë</b>", "Order Number": "A-1",
	})
	if len(missing) > 0 {
		t.Fatal(missing)
	}
	date := time.Date(2025, 3, 14, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	raw, err := smail.Compose(smail.Message{
		FromName: "Zoë's Shop", FromAddress: "help@leaf.example", ReplyTo: "owner@leaf.example",
		ToName: "Ånn Lée", ToAddress: "ann@example.com",
		Subject: smail.SubjectWithTicket(smail.ReplySubject(subject), 1042),
		Text:    text, HTML: html,
		InReplyTo:  "<q1@customer.example>",
		References: []string{"<q0@customer.example>", "q1@customer.example"},
		Date:       date,
	})
	if err != nil {
		t.Fatal(err)
	}
	msg, parts := parse(t, raw)

	var dec mime.WordDecoder
	gotSubject, _ := dec.DecodeHeader(msg.Header.Get("Subject"))
	from, _ := mail.ParseAddress(msg.Header.Get("From"))
	to, _ := mail.ParseAddress(msg.Header.Get("To"))
	gotDate, _ := msg.Header.Date()
	checks := []struct{ what, got, want string }{
		{"subject", gotSubject, "Re: Ça va? Your order A-1 [#1042]"},
		{"from name", from.Name, "Zoë's Shop"},
		{"from address", from.Address, "help@leaf.example"},
		{"to name", to.Name, "Ånn Lée"},
		{"reply-to", msg.Header.Get("Reply-To"), "<owner@leaf.example>"},
		{"date", gotDate.UTC().Format(time.RFC3339), "2025-03-14T08:30:00Z"},
		{"in-reply-to", msg.Header.Get("In-Reply-To"), "<q1@customer.example>"},
		{"references", strings.Join(strings.Fields(msg.Header.Get("References")), " "), "<q0@customer.example> <q1@customer.example>"},
		{"mime-version", msg.Header.Get("Mime-Version"), "1.0"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if raw := msg.Header.Get("Subject"); !isASCII(raw) || !strings.HasPrefix(raw, "=?") {
		t.Errorf("raw subject %q is not RFC 2047 encoded", raw)
	}
	if id := msg.Header.Get("Message-Id"); !regexp.MustCompile(`^<[a-z2-7]{20,}@leaf\.example>$`).MatchString(id) {
		t.Errorf("Message-ID = %q, want <random@leaf.example>", id)
	}

	if len(parts) != 2 || parts[0].contentType != "text/plain" || parts[1].contentType != "text/html" {
		t.Fatalf("parts = %+v, want text/plain then text/html", parts)
	}
	if parts[0].body != "Dear <b>Zoë</b>,\r\n\r\nThanks = 100% ✓" {
		t.Errorf("text part = %q", parts[0].body)
	}
	if !strings.Contains(parts[1].body, "<p>Dear &lt;b&gt;Zoë&lt;/b&gt;,</p>") || strings.Contains(parts[1].body, "<b>") {
		t.Errorf("html part does not escape the name:\n%s", parts[1].body)
	}
}

func TestComposeTextOnlyIsOnePart(t *testing.T) {
	raw, err := smail.Compose(smail.Message{FromAddress: "a@shop.example", ToAddress: "b@example.com", Subject: "Hi", Text: "Hello"})
	if err != nil {
		t.Fatal(err)
	}
	_, parts := parse(t, raw)
	if len(parts) != 1 || parts[0].contentType != "text/plain" || parts[0].body != "Hello" {
		t.Fatalf("parts = %+v", parts)
	}
}

func TestComposeKeepsHeadersOnOneLine(t *testing.T) {
	raw, err := smail.Compose(smail.Message{
		FromAddress: "a@shop.example", ToAddress: "b@example.com", ToName: "Eve\r\nBcc: x@evil.example",
		Subject: "Hi\r\nBcc: y@evil.example", Text: "Hello", InReplyTo: "<a@b>\r\nBcc: z@evil.example",
	})
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := parse(t, raw)
	if len(msg.Header["Bcc"]) > 0 || bytes.Contains(raw, []byte("\r\nBcc:")) {
		t.Fatalf("a value started a header of its own:\n%s", raw)
	}
}

func TestComposeRefusesBadInput(t *testing.T) {
	tests := []struct {
		name string
		msg  smail.Message
		want error
	}{
		{"no recipient", smail.Message{FromAddress: "a@shop.example", Text: "x"}, smail.ErrToAddress},
		{"broken recipient", smail.Message{FromAddress: "a@shop.example", ToAddress: "ann@@example", Text: "x"}, smail.ErrToAddress},
		{"no sender", smail.Message{ToAddress: "b@example.com", Text: "x"}, smail.ErrFromAddress},
		{"no text", smail.Message{FromAddress: "a@shop.example", ToAddress: "b@example.com", Text: " "}, smail.ErrNoText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := smail.Compose(tc.msg); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > 127 {
			return false
		}
	}
	return true
}
