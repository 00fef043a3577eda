package playbooks_test

import (
	"errors"
	"strings"
	"testing"

	"shopdesk/backend/customers"
	"shopdesk/backend/playbooks"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

var riley = tickets.Actor{ID: 7, Name: "Riley Rep"}

type desk struct {
	db  *store.DB
	tix *tickets.Service
	pb  *playbooks.Service
}

func newDesk(t *testing.T) desk {
	t.Helper()
	db := storetest.Open(t)
	tix, err := tickets.New(db, customers.NewService(db).Dir)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := playbooks.NewService(db, tix)
	if err != nil {
		t.Fatal(err)
	}
	return desk{db, tix, pb}
}

func (d desk) ticket(t *testing.T, category tickets.Category) tickets.Ticket {
	t.Helper()
	tk, err := d.tix.Create(riley, tickets.NewTicket{Subject: "Where is my parcel?", CustomerEmail: "dana@example.com", Message: "It has not moved.", Category: category})
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func (d desk) fresh(t *testing.T, id uint64) tickets.Ticket {
	t.Helper()
	got, err := d.tix.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return got.Ticket
}

func TestTheSeedsChecklistsBecomeSixPlaybooks(t *testing.T) {
	d := newDesk(t)
	list, err := d.pb.List()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, p := range list {
		names = append(names, p.Name)
	}
	if strings.Join(names, "|") != "Shipping delay|Incorrect item delivered|Item missing from order|Order cancellation request|Out-of-stock item|Customer complaint resolution" {
		t.Fatalf("playbooks: %v", names)
	}
	complaint := list[5]
	if len(complaint.Steps) != 7 || complaint.Steps[0].Title != "Acknowledge the issue promptly and thank the customer for bringing it to your attention." ||
		complaint.Steps[6].Note != "Use the CRM for future reference." || complaint.Categories[0] != "complaint" {
		t.Fatalf("the complaint playbook: %+v", complaint)
	}
	if list[0].Steps[0].Reply != "shipping_delay" || list[3].Steps[0].Hint != playbooks.HintShipped {
		t.Fatalf("delay and cancellation steps: %+v %+v", list[0].Steps[0], list[3].Steps[0])
	}
	// A second start installs nothing twice.
	if _, err := playbooks.NewService(d.db, nil); err != nil {
		t.Fatal(err)
	}
	if again, _ := d.pb.List(); len(again) != 6 {
		t.Fatalf("after a second start: %d playbooks", len(again))
	}
}

func TestACategorysPlaybookIsWorkedWithWhoAndWhen(t *testing.T) {
	d := newDesk(t)
	tk := d.ticket(t, "shipping_delay")
	on, err := d.pb.ForTicket(tk)
	if err != nil || len(on) != 1 || on[0].Name != "Shipping delay" || on[0].How != playbooks.ByCategory || on[0].Kept {
		t.Fatalf("on a delay ticket: %+v %v", on, err)
	}
	got, err := d.pb.Tick(playbooks.Person{ID: riley.ID, Name: riley.Name}, tk, on[0].PlaybookID, on[0].Steps[0].ID, true)
	if err != nil || !got.Steps[0].Done || got.Steps[0].DoneBy != "Riley Rep" || got.Steps[0].DoneAt == nil || !got.Kept || len(got.History) != 1 {
		t.Fatalf("tick: %+v %v", got, err)
	}
	// The owner rewrites the playbook: the ticket keeps the steps it began with.
	list, _ := d.pb.List()
	p := list[0]
	p.Steps = append(p.Steps, playbooks.Step{Title: "Ask the courier for a trace."})
	if _, err := d.pb.Save(p); err != nil {
		t.Fatal(err)
	}
	on, _ = d.pb.ForTicket(tk)
	if len(on[0].Steps) != 2 || !on[0].Steps[0].Done {
		t.Fatalf("after the playbook changed: %+v", on[0].Steps)
	}
	// A new delay ticket gets the three steps.
	if on, _ := d.pb.ForTicket(d.ticket(t, "shipping_delay")); len(on[0].Steps) != 3 {
		t.Fatalf("a new ticket: %+v", on[0].Steps)
	}
	// A product question has none; one can be attached by hand, and removed.
	q := d.ticket(t, "product_question")
	if on, _ := d.pb.ForTicket(q); len(on) != 0 {
		t.Fatalf("a question has %d playbooks", len(on))
	}
	if _, err := d.pb.Attach(q, list[5].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := d.pb.Attach(q, list[5].ID); err == nil || !strings.Contains(err.Error(), "already") {
		t.Fatalf("attached twice: %v", err)
	}
	if err := d.pb.Remove(q, list[5].ID); err != nil {
		t.Fatal(err)
	}
	if on, _ := d.pb.ForTicket(q); len(on) != 0 {
		t.Fatalf("after removing: %+v", on)
	}
}

func TestARequiredStepUntickedBlocksCloseUntilSomeoneSaysWhy(t *testing.T) {
	d := newDesk(t)
	tk := d.ticket(t, "complaint")
	resolved := tickets.StatusResolved
	_, err := d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &resolved})
	var open *playbooks.OpenStepsError
	if !errors.As(err, &open) || len(open.Steps) != 6 || !strings.Contains(err.Error(), "say why") {
		t.Fatalf("closing a complaint with nothing ticked: %v", err)
	}
	if got := d.fresh(t, tk.ID); got.Status != tickets.StatusNew {
		t.Fatalf("the refused close changed the ticket: %s", got.Status)
	}
	// Tick every required step but one; still refused, naming it.
	on, _ := d.pb.ForTicket(tk)
	for _, s := range on[0].Steps {
		if s.Required && !strings.HasPrefix(s.Title, "Document") {
			if _, err := d.pb.Tick(playbooks.Person{ID: 7, Name: "Riley Rep"}, tk, on[0].PlaybookID, s.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	tk = d.fresh(t, tk.ID)
	if _, err := d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &resolved}); err == nil || !strings.Contains(err.Error(), "Document the complaint") {
		t.Fatalf("one step left: %v", err)
	}
	// With a reason it closes, and the reason is kept with who gave it.
	if _, err := d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &resolved, Why: "Logged in the old CRM, not here."}); err != nil {
		t.Fatal(err)
	}
	on, _ = d.pb.ForTicket(tk)
	if on[0].Why != "Logged in the old CRM, not here." || on[0].WhyBy != "Riley Rep" || on[0].WhyAt == nil {
		t.Fatalf("the reason: %+v", on[0])
	}
	// Reopening and closing again asks again only if a step is still open.
	open2 := tickets.StatusOpen
	tk = d.fresh(t, tk.ID)
	tk, _ = d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &open2})
	if _, err := d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &resolved}); err == nil {
		t.Fatal("closed again without a reason")
	}
	// A ticket with only optional steps left closes freely.
	delay := d.ticket(t, "shipping_delay")
	on, _ = d.pb.ForTicket(delay)
	d.pb.Tick(playbooks.Person{ID: 7, Name: "Riley Rep"}, delay, on[0].PlaybookID, on[0].Steps[0].ID, true)
	delay = d.fresh(t, delay.ID)
	if _, err := d.tix.Update(riley, delay.ID, delay.Version, tickets.Change{Status: &resolved}); err != nil {
		t.Fatalf("optional step left: %v", err)
	}
}

func TestTheOwnerChoosesWhichStepsAreRequiredAndWhichCategoryBringsWhich(t *testing.T) {
	d := newDesk(t)
	list, _ := d.pb.List()
	complaint := list[5]
	for i := range complaint.Steps {
		complaint.Steps[i].Required = false
	}
	complaint.Categories = []string{"complaint", "shipping_delay"}
	if _, err := d.pb.Save(complaint); err != nil {
		t.Fatal(err)
	}
	after, _ := d.pb.List()
	if len(after[0].Categories) != 0 {
		t.Fatalf("shipping delay still claims its category: %v", after[0].Categories)
	}
	tk := d.ticket(t, "shipping_delay")
	on, _ := d.pb.ForTicket(tk)
	if len(on) != 1 || on[0].Name != "Customer complaint resolution" {
		t.Fatalf("a delay ticket now gets: %+v", on)
	}
	resolved := tickets.StatusResolved
	if _, err := d.tix.Update(riley, tk.ID, tk.Version, tickets.Change{Status: &resolved}); err != nil {
		t.Fatalf("no step required: %v", err)
	}
	for name, change := range map[string]func(*playbooks.Playbook){
		"no name":  func(p *playbooks.Playbook) { p.Name = "" },
		"no steps": func(p *playbooks.Playbook) { p.Steps = nil },
		"untitled": func(p *playbooks.Playbook) { p.Steps[0].Title = " " },
		"category": func(p *playbooks.Playbook) { p.Categories = []string{"weather"} },
		"hint":     func(p *playbooks.Playbook) { p.Steps[0].Hint = "horoscope" },
	} {
		p := playbooks.Defaults()[0]
		change(&p)
		if _, err := d.pb.Save(p); err == nil {
			t.Errorf("%s: saved", name)
		}
	}
	stale := list[1]
	if _, err := d.pb.Save(stale); err != nil {
		t.Fatal(err)
	}
	if _, err := d.pb.Save(stale); err != playbooks.ErrConflict {
		t.Fatalf("a stale save: %v", err)
	}
}
