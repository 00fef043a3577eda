package testinbox

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"
)

// View is a received message as the inbox shows it.
type View struct {
	Subject    string    `json:"subject"`
	From       string    `json:"from"` // decoded: "Leaf & Co <help@leaf.example>"
	To         string    `json:"to"`
	Date       time.Time `json:"date" ts_type:"string"`
	MessageID  string    `json:"messageId"`
	InReplyTo  string    `json:"inReplyTo"`
	References string    `json:"references"`
	// Headers are all headers in the order they were written, values decoded.
	Headers []Header `json:"headers"`
	Text    string   `json:"text"` // the text/plain part, decoded
	HTML    string   `json:"html"` // the text/html part, decoded; shown sandboxed
	// Parts lists the content types in the order they came, e.g.
	// ["text/plain", "text/html"].
	Parts []string `json:"parts"`
}

// Header is one decoded header line.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

var wordDecoder = mime.WordDecoder{CharsetReader: charsetReader}

// Parse reads a raw message into a View: RFC 2047 headers decoded, the
// first text/plain and text/html parts found (at any depth of multipart)
// decoded from quoted-printable or base64 into UTF-8.
func Parse(data []byte) (View, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return View{}, fmt.Errorf("read the test message: %w", err)
	}
	v := View{
		Subject:    decode(msg.Header.Get("Subject")),
		From:       decode(msg.Header.Get("From")),
		To:         decode(msg.Header.Get("To")),
		MessageID:  msg.Header.Get("Message-Id"),
		InReplyTo:  msg.Header.Get("In-Reply-To"),
		References: strings.Join(strings.Fields(msg.Header.Get("References")), " "),
		Headers:    headersInOrder(data),
	}
	v.Date, _ = msg.Header.Date()
	err = v.walk(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
	return v, err
}

// walk descends into multipart bodies and keeps the first text parts.
func (v *View) walk(contentType, encoding string, body io.Reader) error {
	if contentType == "" {
		contentType = "text/plain; charset=us-ascii"
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Errorf("read the test message's Content-Type: %w", err)
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("read a part of the test message: %w", err)
			}
			if err := v.walk(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p); err != nil {
				return err
			}
		}
	}
	v.Parts = append(v.Parts, mt)
	if mt != "text/plain" && mt != "text/html" {
		return nil
	}
	text, err := decodeBody(body, encoding, params["charset"])
	if err != nil {
		return fmt.Errorf("decode the %s part: %w", mt, err)
	}
	if mt == "text/plain" && v.Text == "" {
		v.Text = text
	} else if mt == "text/html" && v.HTML == "" {
		v.HTML = text
	}
	return nil
}

func decodeBody(body io.Reader, encoding, charset string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body) // skips line breaks
	}
	if charset != "" {
		r, err := charsetReader(charset, body)
		if err != nil {
			return "", err
		}
		body = r
	}
	b, err := io.ReadAll(body)
	return strings.ReplaceAll(string(b), "\r\n", "\n"), err
}

func decode(s string) string {
	if d, err := wordDecoder.DecodeHeader(s); err == nil {
		return d
	}
	return s
}

// headersInOrder reads the header block again, because net/mail keeps
// headers in a map and the inbox shows them as written.
func headersInOrder(data []byte) []Header {
	block, _, _ := bytes.Cut(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\n\n"))
	var out []Header
	for _, line := range strings.Split(string(block), "\n") {
		if (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) && len(out) > 0 {
			out[len(out)-1].Value += " " + strings.TrimSpace(line)
			continue
		}
		if name, value, ok := strings.Cut(line, ":"); ok {
			out = append(out, Header{Name: name, Value: strings.TrimSpace(value)})
		}
	}
	for i := range out {
		out[i].Value = decode(out[i].Value)
	}
	return out
}

// charsetReader supports what shop mail uses: UTF-8, ASCII and Latin-1.
func charsetReader(charset string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return r, nil
	case "iso-8859-1", "latin1", "windows-1252":
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		runes := make([]rune, len(b))
		for i, c := range b {
			runes[i] = rune(c)
		}
		return strings.NewReader(string(runes)), nil
	}
	return nil, fmt.Errorf("the charset %q is not supported", charset)
}
