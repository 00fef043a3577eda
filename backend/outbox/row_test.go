package outbox_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"shopdesk/backend/outbox"
)

func TestARowCarriesASnippetNotTheBody(t *testing.T) {
	long := strings.Repeat("Grüße 🙂 ", 400)
	m := outbox.Row(outbox.Message{ID: 7, Subject: "Re: Lamp", Text: long, HTML: "<p>" + long + "</p>"})
	if m.HTML != "" {
		t.Error("a row carries the HTML body")
	}
	if n := utf8.RuneCountInString(m.Text); n > outbox.SnippetRunes || !utf8.ValidString(m.Text) || !strings.HasSuffix(m.Text, "…") {
		t.Errorf("snippet has %d characters, valid %v: %q", n, utf8.ValidString(m.Text), m.Text)
	}
	if m.ID != 7 || m.Subject != "Re: Lamp" {
		t.Errorf("the row lost its fields: %+v", m)
	}
	if short := outbox.Row(outbox.Message{Text: "Thanks,\n\nAnn"}); short.Text != "Thanks, Ann" {
		t.Errorf("short text = %q", short.Text)
	}
}
