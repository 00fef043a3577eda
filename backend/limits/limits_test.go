package limits_test

import (
	"strings"
	"testing"

	"shopdesk/backend/limits"
)

func TestControlCharactersAreRefused(t *testing.T) {
	for _, s := range []string{"Ann\x00", "Ann\nLee", "a\tb", "\x1b[31mred", "x\u0085y"} {
		if err := limits.Line("name", s); err == nil || !strings.Contains(err.Error(), "name has a control character") {
			t.Errorf("Line(%q) = %v", s, err)
		}
	}
	if err := limits.Line("name", "Zoë O'Brien-Łukasz 李"); err != nil {
		t.Error(err)
	}
	if err := limits.Body("the message", "Hi,\n\tthanks\r\n"); err != nil {
		t.Errorf("line breaks and tabs belong in a body: %v", err)
	}
	if err := limits.Body("the message", "Hi\x00"); err == nil {
		t.Error("NUL in a body was accepted")
	}
}
