package mail_test

import (
	"testing"

	smail "shopdesk/backend/mail"
)

func TestSubjectWithTicket(t *testing.T) {
	tests := []struct{ name, subject, want string }{
		{"adds the token at the end", "Where is my order?", "Where is my order? [#1042]"},
		{"keeps an existing token", "Re: [#1042] Where is my order?", "Re: [#1042] Where is my order?"},
		{"empty subject is just the token", "", "[#1042]"},
		{"another ticket's token is not this one", "Re: [#7] old", "Re: [#7] old [#1042]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := smail.SubjectWithTicket(tc.subject, 1042); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTicketFromSubject(t *testing.T) {
	tests := []struct {
		subject string
		want    uint64
		ok      bool
	}{
		{"Re: Where is my order? [#1042]", 1042, true},
		{"[#abc] then [#17]", 17, true},
		{"Order #1042", 0, false},
		{"[#0]", 0, false},
		{"[#", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.subject, func(t *testing.T) {
			got, ok := smail.TicketFromSubject(tc.subject)
			if got != tc.want || ok != tc.ok {
				t.Fatalf("got %d, %v; want %d, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestReplySubject(t *testing.T) {
	for in, want := range map[string]string{
		"Hello":      "Re: Hello",
		"Re: Hello":  "Re: Hello",
		"RE: Hello":  "RE: Hello",
		" re:Hello ": "re:Hello",
	} {
		if got := smail.ReplySubject(in); got != want {
			t.Errorf("ReplySubject(%q) = %q, want %q", in, got, want)
		}
	}
}
