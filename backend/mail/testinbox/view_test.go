package testinbox_test

import (
	"slices"
	"strings"
	"testing"

	"shopdesk/backend/mail/testinbox"
)

func crlf(s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		subject   string
		text      string
		html      string
		parts     []string
		firstHead string
	}{
		{
			name: "alternative with encoded subject",
			raw: `Subject: =?UTF-8?Q?=C3=87a_va=3F?=
From: =?utf-8?q?Zo=C3=AB?= <z@example.com>
Content-Type: multipart/alternative; boundary=b1

--b1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hi Zo=C3=AB
--b1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<p>Hi Zo=C3=AB</p>
--b1--
`,
			subject: "Ça va?", text: "Hi Zoë", html: "<p>Hi Zoë</p>",
			parts: []string{"text/plain", "text/html"}, firstHead: "Subject: Ça va?",
		},
		{
			name: "plain Latin-1 without multipart",
			raw: `Subject: hello
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

caf=E9
`,
			subject: "hello", text: "café\n", parts: []string{"text/plain"}, firstHead: "Subject: hello",
		},
		{
			name: "base64 html inside mixed with an attachment",
			raw: `Subject: x
Content-Type: multipart/mixed; boundary=outer

--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PHA+
aGk8L3A+
--inner--
--outer
Content-Type: application/pdf
Content-Transfer-Encoding: base64

JVBERg==
--outer--
`,
			subject: "x", html: "<p>hi</p>", parts: []string{"text/html", "application/pdf"}, firstHead: "Subject: x",
		},
		{
			name:    "no content type at all",
			raw:     "Subject: bare\n\nJust text\n",
			subject: "bare", text: "Just text\n", parts: []string{"text/plain"}, firstHead: "Subject: bare",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := testinbox.Parse(crlf(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if v.Subject != tc.subject || v.Text != tc.text || v.HTML != tc.html || !slices.Equal(v.Parts, tc.parts) {
				t.Fatalf("got subject %q text %q html %q parts %v", v.Subject, v.Text, v.HTML, v.Parts)
			}
			if h := v.Headers[0]; h.Name+": "+h.Value != tc.firstHead {
				t.Fatalf("first header = %+v", h)
			}
		})
	}
}
