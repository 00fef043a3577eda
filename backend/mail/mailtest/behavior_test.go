package mailtest

import (
	"errors"
	"testing"

	"github.com/emersion/go-smtp"
)

func TestReplyCarriesTheEnhancedCode(t *testing.T) {
	tests := []struct {
		name     string
		r        reply
		wantCode smtp.EnhancedCode
		wantText string
	}{
		{"enhanced code written in the text", reply{550, "5.1.1 user unknown"}, smtp.EnhancedCode{5, 1, 1}, "user unknown"},
		{"no enhanced code", reply{451, "try again later"}, smtp.EnhancedCode{4, 0, 0}, "try again later"},
		{"a number that is not a code", reply{554, "3 strikes"}, smtp.EnhancedCode{5, 0, 0}, "3 strikes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e *smtp.SMTPError
			if !errors.As(tc.r.err(), &e) || e.Code != tc.r.code || e.EnhancedCode != tc.wantCode || e.Message != tc.wantText {
				t.Fatalf("got %+v", e)
			}
		})
	}
}
