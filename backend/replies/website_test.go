package replies_test

import (
	"slices"
	"strings"
	"testing"

	"shopdesk/backend/replies"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/settings"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

func TestStoreWebsiteComesFromSettings(t *testing.T) {
	d := sendingtest.Start(t)
	s := replies.New(d.DB, d.Tickets, d.Sending.Wake)
	tmpl := templates.Template{Name: "Visit", Subject: "Hello", Body: "Shop again at [Store Website]."}
	by := tickets.Actor{ID: 1, Name: "Maya"}

	c, err := s.Preview(tmpl, 0, by, nil)
	if err != nil || !slices.Contains(c.Missing, "Store Website") {
		t.Fatalf("without a website: %+v, %v; want it missing", c, err)
	}
	if err := settings.Save(d.DB, settings.Shop{StoreName: "Lamp & Co", Website: "lampco.example", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
	c, err = s.Preview(tmpl, 0, by, nil)
	if err != nil || len(c.Missing) != 0 || !strings.Contains(c.Text, "Shop again at https://lampco.example.") {
		t.Fatalf("with a website: text %q, missing %v, %v", c.Text, c.Missing, err)
	}
}
