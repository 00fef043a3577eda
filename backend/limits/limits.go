// Package limits holds the size of every text field the window can send,
// in one place, and the check that keeps control characters out of them.
// frontend/src/lib/limits.ts repeats the numbers so the window refuses an
// input before sending it: a call much over CallBytes never reaches Go.
package limits

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// PersonName is the longest name of a person on the team (characters).
	PersonName = 80
	// StoreName is the longest shop name (characters).
	StoreName = 100
	// Subject is the longest ticket or email subject (characters).
	Subject = 200
	// MessageBody is the longest message, reply or note (bytes).
	MessageBody = 100_000
	// TemplateName is the longest template name (characters).
	TemplateName = 100
	// TemplateBody is the longest template body (bytes).
	TemplateBody = 50_000
	// Password is bcrypt's limit (bytes).
	Password = 72
	// CallBytes is the most one call from the window may carry: the
	// bridge injects it into the page as JSON, and a few MB stall it.
	CallBytes = 1 << 20
)

// Line refuses a control character (NUL, line breaks, tabs, escapes …) in
// a one-line field such as a name, a subject or a password.
func Line(field, s string) error {
	for _, r := range s {
		if unicode.IsControl(r) {
			return fmt.Errorf("%s has a control character in it (%U): type it again on one line", field, r)
		}
	}
	return nil
}

// Body refuses a control character in a text body, except line breaks
// and tabs.
func Body(field, s string) error {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return fmt.Errorf("%s has a control character in it (%U): paste it again as plain text", field, r)
		}
	}
	return nil
}

// Clip shortens s to at most n characters, the last one "…" when cut; it
// never cuts inside a character.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// Snippet is text with its whitespace folded to single spaces, clipped to
// n characters: a preview of a message for a list.
func Snippet(text string, n int) string {
	return Clip(strings.Join(strings.Fields(text), " "), n)
}
