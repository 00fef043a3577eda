package app_test

import (
	"errors"
	"reflect"
	"testing"

	"shopdesk/app"
)

// repAllowed is every bound method a rep may call. Anything bound and not
// listed here must refuse a rep with ErrOwnerOnly: a new owner-only method
// without its check fails this test, and so does a rep method that is
// missing from the list.
var repAllowed = map[string]bool{
	"Session.State": true, "Session.Setup": true, "Session.SignIn": true, "Session.SignOut": true, "Session.Quit": true,
	"Tickets.List": true, "Tickets.Counts": true, "Tickets.Get": true, "Tickets.Create": true, "Tickets.Reply": true,
	"Tickets.AddNote": true, "Tickets.AddCustomerMessage": true, "Tickets.Update": true, "Tickets.UpdateMany": true, "Tickets.Tags": true,
	"Customers.List": true, "Customers.Get": true, "Customers.Create": true, "Customers.Update": true,
	"People.List": true, "People.ChangePassword": true,
	"Settings.Get": true, "Settings.DefaultTargets": true,
	"Diagnostics.InboxShown": true, "Diagnostics.Crash": true,
	"Mail.Outbox": true, "Mail.TestInbox": true, "Mail.TicketEmails": true, "Mail.Status": true,
	"Mail.OnlyInTestInbox": true, "Mail.Message": true, "Mail.TestInboxItem": true, "Mail.RetryNow": true, "Mail.TestInboxNotice": true,
	"Templates.List": true, "Templates.Placeholders": true, "Templates.Compose": true, "Templates.Preview": true,
}

// Every method of every bound struct is called as a signed-in rep with
// zero-value arguments.
func TestEveryBoundMethodChecksTheRole(t *testing.T) {
	s := newShop(t)
	errType := reflect.TypeOf((*error)(nil)).Elem()
	for _, bound := range s.a.Bind() {
		v := reflect.ValueOf(bound)
		area := v.Elem().Type().Name()
		for i := 0; i < v.NumMethod(); i++ {
			m := v.Type().Method(i)
			name := area + "." + m.Name
			t.Run(name, func(t *testing.T) {
				s.signIn(t, s.rep, "battery staple")
				args := make([]reflect.Value, m.Type.NumIn()-1)
				for j := range args {
					args[j] = reflect.Zero(m.Type.In(j + 1))
				}
				var err error
				for _, out := range v.Method(i).Call(args) {
					if out.Type() == errType && !out.IsNil() {
						err = out.Interface().(error)
					}
				}
				refused := errors.Is(err, app.ErrOwnerOnly)
				switch {
				case repAllowed[name] && refused:
					t.Errorf("a rep may call %s, but it said: %v", name, err)
				case !repAllowed[name] && !refused:
					t.Errorf("%s is owner-only (not in repAllowed) but a rep got: %v", name, err)
				}
			})
		}
	}
}
