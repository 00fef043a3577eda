package app_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"shopdesk/app"
	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

// noKeyring is a computer without a keyring service, as in a fresh
// desktop session: every call fails, so the password goes to the file.
type noKeyring struct{}

func (noKeyring) Get(string, string) (string, error) { return "", keyring.ErrUnsupportedPlatform }
func (noKeyring) Set(string, string, string) error   { return keyring.ErrUnsupportedPlatform }
func (noKeyring) Delete(string, string) error        { return keyring.ErrUnsupportedPlatform }

// A data file moved without its password file opens, with mail paused
// and the owner asked for the password; entering it sends what waited.
func TestADataFileMovedWithoutItsPasswordOpensWithMailPaused(t *testing.T) {
	srv := mailtest.Start(t, mailtest.WithSTARTTLS(), mailtest.WithAuth("shop", "s3cret"))
	dir := t.TempDir()
	first := filepath.Join(dir, "shop.db")
	db, err := store.Open(first, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(db, first, nil, app.Options{Keyring: noKeyring{}, Runtime: &recorder{mail: make(chan struct{}, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	a.Users().Cost = 4
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "Lamp & Co", Name: "Maya", Email: "maya@shop.test", Password: "correct horse"}); err != nil {
		t.Fatal(err)
	}
	pw := "s3cret"
	server := mailsettings.Settings{Host: srv.Host, Port: srv.Port, Security: mail.SecuritySTARTTLS, Username: "shop", FromAddress: "help@shop.example"}
	if err := a.Mail.SaveSettings(server, &pw); err != nil {
		t.Fatal(err)
	}
	if err := a.Mail.TrustCertificate(srv.Fingerprint()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(first + ".mail-password"); err != nil {
		t.Fatalf("no keyring here, so the password file should exist: %v", err)
	}
	a.Stop()
	db.Close()

	moved := filepath.Join(dir, "moved", "shop.db")
	os.MkdirAll(filepath.Dir(moved), 0o700)
	if err := os.Rename(first, moved); err != nil {
		t.Fatal(err)
	}
	db2 := storetest.OpenAt(t, moved)
	rec := &recorder{mail: make(chan struct{}, 1)}
	b, err := app.New(db2, moved, nil, app.Options{Keyring: noKeyring{}, Runtime: rec})
	if err != nil {
		t.Fatalf("the desk did not open without the password: %v", err)
	}
	t.Cleanup(b.Stop)
	b.Users().Cost = 4
	st, _ := b.Session.State()
	if _, err := b.Session.SignIn(st.People[0].ID, "correct horse", false); err != nil {
		t.Fatal(err)
	}
	ms, err := b.Mail.Settings()
	if err != nil || !ms.PasswordMissing {
		t.Fatalf("settings = %+v, %v; want the password reported missing", ms, err)
	}
	tk, err := b.Tickets.Create(tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Tickets.Reply(tk.ID, "On its way."); err != nil {
		t.Fatal(err)
	}
	status := waitStatus(t, b, rec, func(s statusView) bool { return s.blocked != "" })
	if !status.missing || !strings.Contains(status.blocked, "password for this data file is not on this computer") {
		t.Errorf("status = %+v", status)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("%d messages sent without a password", n)
	}

	if err := b.Mail.SaveSettings(ms.Settings, &pw); err != nil {
		t.Fatalf("entering the password: %v", err)
	}
	srv.WaitMessages(t, 1)
	if st := waitStatus(t, b, rec, func(s statusView) bool { return !s.missing && s.blocked == "" }); st.missing {
		t.Errorf("still missing after the password was entered")
	}
}

type statusView struct {
	missing bool
	blocked string
}

// waitStatus re-reads the mail status at every mail event the window
// would get, until ok.
func waitStatus(t *testing.T, a *app.App, rec *recorder, ok func(statusView) bool) statusView {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		st, err := a.Mail.Status()
		if err != nil {
			t.Fatal(err)
		}
		v := statusView{missing: st.PasswordMissing, blocked: st.Blocked.Error}
		if ok(v) {
			return v
		}
		select {
		case <-rec.mail:
		case <-deadline:
			t.Fatalf("status never became as wanted: %+v", v)
		}
	}
}
