package mailsettings_test

import (
	"errors"
	"path/filepath"
	"testing"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/store/storetest"
)

func TestASignInNeedsItsPasswordAndRemovingItIsRefused(t *testing.T) {
	db := storetest.Open(t)
	dir := t.TempDir()
	pws := &mailpassword.Store{File: filepath.Join(dir, "pw"), Account: "shop-test-" + filepath.Base(dir)}
	st := mailsettings.Settings{Host: "smtp.example.com", Port: 587, Security: mail.SecuritySTARTTLS, Username: "shop", FromAddress: "help@shop.example"}
	if _, err := mailsettings.Save(db, pws, st, nil); !errors.Is(err, mail.ErrNoPassword) {
		t.Fatalf("a username with no password anywhere was saved: %v", err)
	}
	pw := "s3cret"
	if _, err := mailsettings.Save(db, pws, st, &pw); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = pws.Set("") })
	empty := ""
	if _, err := mailsettings.Save(db, pws, st, &empty); !errors.Is(err, mail.ErrNoPassword) {
		t.Fatalf("removing the password of a sign-in: %v", err)
	}
	if got, _ := pws.Get(); got != pw {
		t.Errorf("the refused removal still removed the password (now %q)", got)
	}
	saved, err := mailsettings.Load(db)
	if err != nil || !saved.HasPassword || saved.Username != "shop" {
		t.Errorf("saved = %+v, %v", saved, err)
	}
}

func TestOnlyAFingerprintCanBeTrusted(t *testing.T) {
	db := storetest.Open(t)
	if err := mailsettings.Trust(db, "AB:CD"); !errors.Is(err, mail.ErrFingerprint) {
		t.Errorf("a short fingerprint: %v", err)
	}
}
