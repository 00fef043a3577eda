package sending_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/sending/sendingtest"
)

func TestTheOwnerTrustsOneSelfSignedCertificate(t *testing.T) {
	d := sendingtest.Start(t)
	srv := mailtest.Start(t, mailtest.WithSTARTTLS(), mailtest.WithAuth("shop", "s3cret"))
	pw := "s3cret"
	server := mailsettings.Settings{Host: srv.Host, Port: srv.Port, Security: mail.SecuritySTARTTLS,
		Username: "shop", FromAddress: "help@shop.example"}
	if _, err := mailsettings.Save(d.DB, d.Passwords, server, &pw); err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	err := d.Sending.Probe(ctx)
	var se *mail.SendError
	if !errors.As(err, &se) || se.Fingerprint != srv.Fingerprint() {
		t.Fatalf("probe of a self-signed server = %v, want its fingerprint %s", err, srv.Fingerprint())
	}
	if err := mailsettings.Trust(d.DB, strings.ToLower(se.Fingerprint)); err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.TestSend(ctx, "owner@shop.example"); err != nil {
		t.Fatalf("test send after trusting: %v", err)
	}
	srv.WaitMessages(t, 1)

	// Saving the form again keeps the pin; another server drops it.
	if _, err := mailsettings.Save(d.DB, d.Passwords, server, nil); err != nil {
		t.Fatal(err)
	}
	if st, _ := mailsettings.Load(d.DB); st.TrustedCert != srv.Fingerprint() {
		t.Errorf("saving the same server lost the trusted certificate: %q", st.TrustedCert)
	}

	// The certificate changes (the address now answers with another one):
	// refused, and the owner is told it is not the one trusted.
	other := mailtest.Start(t, mailtest.WithSTARTTLS(), mailtest.WithAuth("shop", "s3cret"))
	err = d.DB.Update(func(tx *bolt.Tx) error {
		st, err := mailsettings.Get(tx)
		st.Port = other.Port
		if err == nil {
			err = mailsettings.Put(tx, st)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Sending.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	err = d.Sending.TestSend(ctx, "owner@shop.example")
	if !errors.As(err, &se) || !se.CertChanged || !strings.Contains(err.Error(), "is not the one you trusted") {
		t.Fatalf("a changed certificate: %v", err)
	}
	if n := len(other.Messages()); n != 0 {
		t.Fatalf("%d messages went to the changed certificate", n)
	}

	// Another server, saved through the form: the pin does not follow it.
	server.Port = other.Port + 1
	if _, err := mailsettings.Save(d.DB, d.Passwords, server, nil); err != nil {
		t.Fatal(err)
	}
	if st, _ := mailsettings.Load(d.DB); st.TrustedCert != "" {
		t.Errorf("a new server inherited the trusted certificate %q", st.TrustedCert)
	}
}
