package app_test

import (
	"strings"
	"testing"

	"shopdesk/backend/checklists"
	"shopdesk/backend/tickets"
)

func TestARepWorksTheirOwnChecklistOnly(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	runs, err := s.a.Checklists.Today()
	if err != nil || len(runs) != 1 || len(runs[0].Tasks) != 9 || runs[0].PersonID != s.rep.ID {
		t.Fatalf("today %+v %v", runs, err)
	}
	r := runs[0]
	got, err := s.a.Checklists.Mark(s.rep.ID, r.Date, r.TemplateID, r.Tasks[0].ID, true, "all systems up")
	if err != nil || !got.Tasks[0].Done || got.Tasks[0].DoneBy != "Raj" {
		t.Fatalf("mark %+v %v", got.Tasks[0], err)
	}
	if _, err := s.a.Checklists.Mark(s.owner.ID, r.Date, r.TemplateID, r.Tasks[0].ID, true, ""); err == nil || !strings.Contains(err.Error(), "another person's") {
		t.Fatalf("a rep ticked the owner's checklist: %v", err)
	}
	list, _ := s.a.Checklists.List()
	if _, err := s.a.Checklists.Save(list[0]); err == nil {
		t.Fatal("a rep changed a checklist")
	}
}

func TestALinkedTaskShowsItsFigure(t *testing.T) {
	s := newShop(t)
	if _, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel lost", CustomerEmail: "ann@example.com", Message: "Help", Priority: tickets.Urgent}); err != nil {
		t.Fatal(err)
	}
	s.signIn(t, s.rep, "battery staple")
	runs, err := s.a.Checklists.Today()
	if err != nil {
		t.Fatal(err)
	}
	live := map[string]string{}
	for _, k := range runs[0].Tasks {
		live[k.Link] = k.Live
	}
	if live["inbox-due"] != "1 open, 1 urgent, 0 overdue" || !strings.HasPrefix(live["returns-refund"], "0 to refund") {
		t.Fatalf("live figures %q", live)
	}
}

func TestTheOwnerReadsEveryonesDayAndACheckListNeedsSomeone(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	runs, _ := s.a.Checklists.Today()
	r := runs[0]
	if _, err := s.a.Checklists.Mark(s.rep.ID, r.Date, r.TemplateID, r.Tasks[0].ID, true, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Checklists.Day(r.Date); err == nil {
		t.Fatal("a rep read everyone's day")
	}
	s.signIn(t, s.owner, "correct horse")
	day, err := s.a.Checklists.Day(r.Date)
	if err != nil {
		t.Fatal(err)
	}
	ticked := 0
	for _, p := range day.People {
		for _, run := range p.Runs {
			ticked += run.Done
		}
	}
	if !day.Today || len(day.People) != 2 || ticked != 1 {
		t.Fatalf("the owner's view of today: %+v", day)
	}
	if _, err := s.a.Checklists.Completion(30); err != nil {
		t.Fatal(err)
	}
	c := checklists.Template{Name: "For a ghost", Audience: checklists.ForOne, PersonID: 999,
		Tasks: []checklists.Task{{Title: "Haunt.", Timeframe: checklists.Morning}}}
	if _, err := s.a.Checklists.Save(c); err == nil || !strings.Contains(err.Error(), "for nobody") {
		t.Fatalf("a checklist for nobody: %v", err)
	}
}
