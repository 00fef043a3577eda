package app_test

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/store/storetest"
)

// repAllowed is every bound method a rep may call. Any method not listed
// here is owner-only, and must refuse a rep before it does anything: a new
// method without its check fails TestEveryOtherBoundMethodIsOwnerOnly.
var repAllowed = map[string]bool{
	"Session.State": true, "Session.OpenAnother": true, "Session.Setup": true, "Session.SignIn": true, "Session.Confirm": true,
	"Session.SignOut": true, "Session.Quit": true,
	"Tickets.List": true, "Tickets.Counts": true, "Tickets.Get": true, "Tickets.Create": true,
	"Tickets.Reply": true, "Tickets.AddNote": true, "Tickets.AddCustomerMessage": true,
	"Tickets.Update": true, "Tickets.UpdateMany": true, "Tickets.Tags": true,
	"Customers.List": true, "Customers.Get": true, "Customers.Create": true, "Customers.Update": true,
	"People.List": true, "People.ChangePassword": true,
	"Settings.Get": true, "Settings.DefaultTargets": true,
	"Diagnostics.InboxShown": true, "Diagnostics.Crash": true,
	"Mail.Outbox": true, "Mail.TestInbox": true, "Mail.TicketEmails": true, "Mail.Status": true,
	"Mail.Message": true, "Mail.TestInboxItem": true, "Mail.OnlyInTestInbox": true, "Mail.RetryNow": true,
	"Mail.TestInboxNotice": true,
	"Templates.List":       true, "Templates.Placeholders": true, "Templates.Compose": true, "Templates.Preview": true,
	"Orders.List": true, "Orders.Get": true, "Orders.Find": true, "Orders.ForCustomer": true, "Orders.Save": true,
	"Returns.Queue": true, "Returns.Counts": true, "Returns.Get": true, "Returns.Draft": true, "Returns.Start": true,
	"Returns.Act": true, "Returns.Edit": true, "Returns.ForOrder": true, "Returns.ForCustomer": true, "Returns.Trends": true,
	"Returns.Policy": true, "Returns.Compose": true, "Returns.Send": true,
	"Checklists.Today": true, "Checklists.Mark": true, "Checklists.List": true,
	"Playbooks.List": true, "Playbooks.ForTicket": true, "Playbooks.Attach": true, "Playbooks.Remove": true, "Playbooks.Tick": true,
	"Escalations.Escalate": true, "Escalations.ForTicket": true, "Escalations.Get": true, "Escalations.Investigate": true,
	"Escalations.UpdateTemplates": true, "Escalations.Draft": true, "Escalations.Communicate": true, "Escalations.Close": true,
	"Escalations.Counts": true,
	"Summaries.Day":      true, "Summaries.Save": true, "Summaries.Email": true,
	"Reviews.Cards": true, "Reviews.Card": true, "Reviews.Get": true, "Reviews.Mine": true, "Reviews.Acknowledge": true, "Reviews.Dispute": true,
	"Reviews.Save": true, "Reviews.Submit": true,
}

// bound walks every exported method of the structs the window may call.
func bound(t *testing.T, a *app.App, fn func(name string, m reflect.Value)) {
	t.Helper()
	seen := map[string]bool{}
	for _, v := range a.Bind() {
		rv := reflect.ValueOf(v)
		area := rv.Elem().Type().Name()
		for i := range rv.NumMethod() {
			name := area + "." + rv.Type().Method(i).Name
			seen[name] = true
			fn(name, rv.Method(i))
		}
	}
	for name := range repAllowed {
		if !seen[name] {
			t.Errorf("repAllowed lists %s, which is not a bound method: remove it", name)
		}
	}
}

// callZero calls m with zero-value arguments and returns its error result.
func callZero(t *testing.T, name string, m reflect.Value) error {
	t.Helper()
	typ := m.Type()
	args := make([]reflect.Value, typ.NumIn())
	for i := range args {
		args[i] = reflect.Zero(typ.In(i))
	}
	out := m.Call(args)
	errType := reflect.TypeFor[error]()
	if len(out) == 0 || out[len(out)-1].Type() != errType {
		t.Errorf("%s returns no error, so it cannot refuse anyone: list it in repAllowed or give it an error result", name)
		return nil
	}
	err, _ := out[len(out)-1].Interface().(error)
	return err
}

func TestEveryOtherBoundMethodIsOwnerOnly(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	bound(t, s.a, func(name string, m reflect.Value) {
		if repAllowed[name] {
			return
		}
		if err := callZero(t, name, m); !errors.Is(err, app.ErrOwnerOnly) {
			t.Errorf("%s called by a rep = %v; want the owner-only error (or list it in repAllowed)", name, err)
		}
	})
}

func TestEveryOwnerOnlyMethodAsksARememberedOwnerForThePassword(t *testing.T) {
	db := storetest.OpenAt(t, filepath.Join(t.TempDir(), "shop.db"))
	s := openShop(t, db)
	if _, err := s.a.Session.SignIn(s.owner.ID, "correct horse", true); err != nil {
		t.Fatal(err)
	}
	s.a.Stop()
	a := reopen(t, db)
	bound(t, a, func(name string, m reflect.Value) {
		if repAllowed[name] {
			return
		}
		if err := callZero(t, name, m); !errors.Is(err, app.ErrPasswordNeeded) {
			t.Errorf("%s called on a remembered sign-in = %v; want password needed", name, err)
		}
	})
}
