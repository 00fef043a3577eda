package returns

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/money"
	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Mailer sends a reply on a ticket through the outbox (replies.Service).
type Mailer interface {
	Reply(by tickets.Actor, id uint64, body string) (outbox.Message, error)
}

// emailsFor are the built-in templates that fit each state, best first.
var emailsFor = map[State][]string{
	Approved:  {"return_label", "return_approved"},
	Rejected:  {"return_rejected"},
	Received:  {"return_received"},
	Inspected: {"return_received"},
	Refunded:  {"refund_issued"},
	Credited:  {"refund_issued"},
	Exchanged: {"exchange_shipped"},
}

func emailChoices(tx *bolt.Tx, s State) []EmailChoice {
	out := []EmailChoice{}
	keys := emailsFor[s]
	if len(keys) == 0 {
		return out
	}
	list, err := templates.List(tx)
	if err != nil {
		return out
	}
	for _, k := range keys {
		for _, t := range list {
			if t.DefaultKey == k {
				out = append(out, EmailChoice{TemplateID: t.ID, Name: t.Name, Step: string(s)})
			}
		}
	}
	// The owner's own return templates come after the built-in ones.
	for _, t := range list {
		if t.Category == "return_refund" && t.DefaultKey == "" {
			out = append(out, EmailChoice{TemplateID: t.ID, Name: t.Name, Step: string(s)})
		}
	}
	return out
}

// values are the placeholders a request fills: the ticket's and shop's
// (as any reply), and the request's own.
func values(tx *bolt.Tx, r Request, by Person) (map[string]string, error) {
	actor := tickets.Actor{ID: by.ID, Name: by.Name}
	v := map[string]string{}
	if r.TicketID != 0 {
		var err error
		if v, err = replies.Values(tx, r.TicketID, actor); err != nil {
			return nil, err
		}
	} else {
		base, err := replies.Values(tx, 0, actor)
		if err != nil {
			return nil, err
		}
		v["Store Name"], v["Your Name"] = base["Store Name"], base["Your Name"]
		if w, ok := base["Store Website"]; ok {
			v["Store Website"] = w
		}
		c, err := customers.Get(tx, r.CustomerID)
		if err != nil {
			return nil, err
		}
		v["Customer Name"], v["Customer Email"] = c.Name, c.Email
		v["First Name"] = strings.Fields(c.Name + " ")[0]
	}
	v["Order Number"] = r.OrderNumber
	v["Return Number"] = Number(r.Number)
	v["Returned Items"] = summary(r.Items)
	if r.Refund != nil {
		v["Refund Amount"] = money.Format(r.Refund.Amount, r.Refund.Currency)
	}
	if r.LabelLink != "" {
		v["Return Label Link"] = r.LabelLink
	}
	if r.RejectReason != "" {
		v["Rejection Reason"] = r.RejectReason
	}
	if r.Tracking != "" {
		v["Tracking Number"] = r.Tracking
	}
	return v, nil
}

func (s *Service) compose(tx *bolt.Tx, by Person, r Request, templateID uint64, typed map[string]string) (Compose, error) {
	t, err := templates.Get(tx, templateID)
	if err != nil {
		return Compose{}, err
	}
	v, err := values(tx, r, by)
	if err != nil {
		return Compose{}, err
	}
	for k, val := range typed {
		if p, ok := templates.Lookup(k); ok && strings.TrimSpace(val) != "" {
			v[p.Name] = val
		}
	}
	subject, body, _, missing := templates.Fill(t, v)
	c := Compose{TemplateID: t.ID, Subject: subject, Body: body, Missing: []string{}}
	for _, m := range missing {
		c.Missing = append(c.Missing, "["+m+"]")
	}
	if cu, err := customers.Get(tx, r.CustomerID); err == nil {
		c.To = cu.Email
	}
	return c, nil
}

// Compose fills a template for a request: what the window shows before it
// is sent, and what is still to type.
func (s *Service) Compose(by Person, id, templateID uint64, typed map[string]string) (c Compose, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		r, err := Get(tx, id)
		if err != nil {
			return err
		}
		c, err = s.compose(tx, by, r, templateID, typed)
		return err
	})
	return c, err
}

// Send emails the customer a filled template: as a reply on the request's
// ticket when it has one (so the conversation stays together), else
// straight into the outbox; then notes it on the request's timeline. A
// message with a placeholder left unfilled is never sent.
func (s *Service) Send(by Person, id, templateID uint64, typed map[string]string, wake func()) (v View, err error) {
	var c Compose
	var r Request
	var name string
	err = s.db.View(func(tx *bolt.Tx) error {
		if r, err = Get(tx, id); err != nil {
			return err
		}
		t, err := templates.Get(tx, templateID)
		if err != nil {
			return err
		}
		name = t.Name
		c, err = s.compose(tx, by, r, templateID, typed)
		return err
	})
	if err != nil {
		return v, err
	}
	if len(c.Missing) > 0 {
		return v, fmt.Errorf("fill in %s before sending: the email was not sent", strings.Join(c.Missing, ", "))
	}
	if c.To == "" {
		return v, fmt.Errorf("this customer has no email address: add one to their card, or tell them by phone")
	}
	now := s.now().UTC()
	if r.TicketID != 0 && s.mail != nil {
		if _, err := s.mail.Reply(tickets.Actor{ID: by.ID, Name: by.Name}, r.TicketID, c.Body); err != nil {
			return v, err
		}
	} else {
		err = s.db.Update(func(tx *bolt.Tx) error {
			st, err := mailsettings.Get(tx)
			if err != nil {
				return err
			}
			cu, err := customers.Get(tx, r.CustomerID)
			if err != nil {
				return err
			}
			_, err = outbox.Enqueue(tx, outbox.Message{To: cu.Email, ToName: cu.Name, Subject: c.Subject, Text: c.Body,
				HTML: templates.TextToHTML(c.Body), MessageID: mail.NewMessageID(st.FromAddress)})
			return err
		})
		if err != nil {
			return v, err
		}
		if wake != nil {
			wake()
		}
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		r, err := Get(tx, id)
		if err != nil {
			return err
		}
		old := r
		r.Events = append(r.Events, Event{At: now, ByID: by.ID, By: by.Name, Kind: "email", Note: name + ": " + c.Subject})
		r.UpdatedAt, r.Version = now, r.Version+1
		return put(tx, &old, &r)
	})
	if err != nil {
		return v, err
	}
	return s.Get(by, id)
}
