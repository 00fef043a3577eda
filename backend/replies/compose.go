package replies

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/settings"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Composed is a template filled for one ticket: what will be sent, and
// which placeholders still need a value typed in before it can be.
type Composed struct {
	Subject string                  `json:"subject"`
	Text    string                  `json:"text"`
	HTML    string                  `json:"html"`
	Missing []string                `json:"missing"`
	Ask     []templates.Placeholder `json:"ask"`
}

// Preview fills a template that may not be saved yet, as Compose does.
func (s *Service) Preview(t templates.Template, ticketID uint64, by tickets.Actor, typed map[string]string) (c Composed, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		c, err = compose(tx, t, ticketID, by, typed)
		return err
	})
	return c, err
}

// Compose fills template templateID from the ticket (0: sample data), the
// customer, the shop and the person sending, plus the values typed in.
func (s *Service) Compose(templateID, ticketID uint64, by tickets.Actor, typed map[string]string) (c Composed, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		t, err := templates.Get(tx, templateID)
		if err != nil {
			return err
		}
		c, err = compose(tx, t, ticketID, by, typed)
		return err
	})
	return c, err
}

func compose(tx *bolt.Tx, t templates.Template, ticketID uint64, by tickets.Actor, typed map[string]string) (c Composed, err error) {
	values, err := Values(tx, ticketID, by)
	if err != nil {
		return c, err
	}
	for k, v := range typed {
		if strings.TrimSpace(v) != "" {
			values[k] = v
		}
	}
	c.Subject, c.Text, c.HTML, c.Missing = templates.Fill(t, values)
	if c.Missing == nil {
		c.Missing = []string{}
	}
	c.Ask = []templates.Placeholder{}
	for _, p := range templates.Uses(t) {
		if p.Source == templates.SourceAsk {
			c.Ask = append(c.Ask, p)
		}
	}
	return c, nil
}

// Values are the placeholders Shopdesk fills itself for a ticket (0:
// sample data) and the person sending.
func Values(tx *bolt.Tx, ticketID uint64, by tickets.Actor) (map[string]string, error) {
	shop, err := settings.Get(tx)
	if err != nil {
		return nil, err
	}
	v := map[string]string{"Store Name": shop.StoreName, "Your Name": by.Name}
	if shop.Website != "" { // else it is asked for at send time
		v["Store Website"] = shop.Website
	}
	if ticketID == 0 { // sample data for the template editor's preview
		v["Customer Name"], v["First Name"], v["Customer Email"] = "Zoë Adams", "Zoë", "zoe@example.com"
		v["Order Number"], v["Ticket Number"] = "SD-104233", "#1042"
		return v, nil
	}
	t, err := tickets.Get(tx, ticketID)
	if err != nil {
		return nil, err
	}
	c, err := customers.Get(tx, t.CustomerID)
	if err != nil {
		return nil, err
	}
	v["Customer Name"], v["Customer Email"] = c.Name, c.Email
	v["First Name"] = strings.Fields(c.Name + " ")[0]
	v["Ticket Number"] = fmt.Sprintf("#%d", t.Number)
	if t.OrderNumber != "" {
		v["Order Number"] = t.OrderNumber
		// The order, when Shopdesk has it, knows its tracking number.
		if o, ok, err := orders.ByNumber(tx, t.OrderNumber); err == nil && ok && o.Tracking != "" {
			v["Tracking Number"] = o.Tracking
		}
	}
	return v, nil
}
