package app_test

import (
	"strings"
	"testing"

	"shopdesk/backend/limits"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// What the window sends is refused when over its field's limit or when it
// carries control characters, with a message that says what to change.
func TestOversizedAndControlCharacterInputsAreRefused(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.owner, "correct horse")
	refused := func(what string, err error, want string) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", what, err, want)
		}
	}
	_, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel", CustomerEmail: "ann@example.com", Message: strings.Repeat("x", 5<<20)})
	refused("a 5 MB message", err, "too long")
	_, err = s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel\x00", CustomerEmail: "ann@example.com", Message: "Where?"})
	refused("NUL in a subject", err, "control character")
	_, err = s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel", CustomerEmail: "ann@example.com", Message: "Where\x00?"})
	refused("NUL in a message", err, "control character")
	if _, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel", CustomerEmail: "ann@example.com", Message: "Hi,\n\tWhere is it?"}); err != nil {
		t.Errorf("line breaks and tabs in a message: %v", err)
	}
	_, err = s.a.People.Add(users.NewPerson{Name: "Ann\x00", Email: "ann@shop.test", Role: users.Rep, Password: "battery staple"})
	refused("NUL in a name", err, "control character")
	_, err = s.a.People.Add(users.NewPerson{Name: "Ann", Email: "ann@shop.test", Role: users.Rep, Password: "battery\x00staple"})
	refused("NUL in a password", err, "control character")
	tp := templates.Template{Name: "Thanks", Category: templates.Categories[0], Channel: templates.ChannelEmail, Subject: "Thanks", Body: strings.Repeat("x", limits.TemplateBody+1)}
	_, err = s.a.Templates.Save(tp)
	refused("a template over its limit", err, "too long")
	tp.Body, tp.Name = "Thanks!", "Thanks\x1b"
	_, err = s.a.Templates.Save(tp)
	refused("an escape in a template name", err, "control character")
}
