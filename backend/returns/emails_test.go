package returns_test

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/outbox"
	"shopdesk/backend/returns"
	"shopdesk/backend/settings"
	"shopdesk/backend/templates"
)

func TestAStepsEmailIsFilledFromTheRequestAndNeverSentHalfFilled(t *testing.T) {
	sh := newShop(t)
	if _, err := templates.NewService(sh.db); err != nil {
		t.Fatal(err)
	}
	sh.db.Update(func(tx *bolt.Tx) error {
		return settings.Put(tx, settings.Shop{StoreName: "Juniper Lane", Targets: settings.DefaultTargets()})
	})
	v := reach(sh, returns.Requested)
	v = sh.must(rep, v, returns.Action{Kind: returns.Approve})
	if len(v.Emails) < 2 || v.Emails[0].Name != "Return label" {
		t.Fatalf("emails offered when approved: %+v", v.Emails)
	}
	label := v.Emails[0].TemplateID
	c, err := sh.s.Compose(rep, v.Request.ID, label, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Missing) != 1 || c.Missing[0] != "[Return Label Link]" || c.To != "dana@fox.example" {
		t.Fatalf("compose: missing %v, to %q", c.Missing, c.To)
	}
	if _, err := sh.s.Send(rep, v.Request.ID, label, nil, nil); err == nil || !strings.Contains(err.Error(), "[Return Label Link]") {
		t.Fatalf("sent with the label link unfilled: %v", err)
	}
	woken := false
	got, err := sh.s.Send(rep, v.Request.ID, label, map[string]string{"Return Label": "https://labels.example/R1"}, func() { woken = true })
	if err != nil {
		t.Fatal(err)
	}
	last := got.Request.Events[len(got.Request.Events)-1]
	if last.Kind != "email" || !strings.Contains(last.Note, "Return label") || !woken {
		t.Fatalf("timeline %+v, outbox woken %v", last, woken)
	}
	var msgs []outbox.Message
	sh.db.View(func(tx *bolt.Tx) error { msgs, _ = outbox.List(tx, "", 10); return nil })
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "https://labels.example/R1") || !strings.Contains(msgs[0].Subject, v.Request.OrderNumber) || strings.Contains(msgs[0].Text, "[") {
		t.Fatalf("outbox %+v", msgs)
	}
	// The refund email names the amount recorded.
	v = sh.must(rep, got, returns.Action{Kind: returns.Receive})
	v = sh.must(rep, v, returns.Action{Kind: returns.Inspect, Condition: returns.AsNew})
	v = sh.must(rep, v, returns.Action{Kind: returns.DoRefund, Amount: 4800, Method: returns.OriginalPayment})
	c, _ = sh.s.Compose(rep, v.Request.ID, v.Emails[0].TemplateID, map[string]string{"Refund Timeline": "5 days"})
	if !strings.Contains(c.Body, "48.00 USD") || len(c.Missing) != 0 {
		t.Fatalf("refund email: %q missing %v", c.Body, c.Missing)
	}
}
