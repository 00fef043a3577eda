package mail_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	smail "shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
)

// A server with a self-signed certificate: refused with its fingerprint
// shown, accepted once exactly that certificate is trusted, and refused
// again when the certificate changes.
func TestASelfSignedCertificateCanBeTrustedByItsFingerprint(t *testing.T) {
	for _, tls := range []struct {
		name string
		opt  mailtest.Option
	}{{"starttls", mailtest.WithSTARTTLS()}, {"implicit tls", mailtest.WithImplicitTLS()}} {
		t.Run(tls.name, func(t *testing.T) {
			srv := mailtest.Start(t, tls.opt, mailtest.WithAuth("shop", "s3cret"))
			st := srv.Settings()
			st.RootCAs = nil // as on the owner's computer: no authority knows this certificate

			err := smail.TestSend(context.Background(), st, "ann@example.com")
			var se *smail.SendError
			if !errors.As(err, &se) || se.Fingerprint != srv.Fingerprint() || se.CertChanged || !se.Permanent {
				t.Fatalf("untrusted: %v (fingerprint %q), want the server's fingerprint %q", err, fingerprintOf(se), srv.Fingerprint())
			}
			if !strings.Contains(err.Error(), "not signed by a known authority") || !strings.Contains(se.Hint(), "trust it in Settings → Mail") {
				t.Errorf("untrusted: error %q, hint %q", err, se.Hint())
			}
			if n := len(srv.Messages()); n != 0 {
				t.Fatalf("%d messages went over an untrusted connection", n)
			}

			st.PinnedCert = se.Fingerprint
			if err := smail.TestSend(context.Background(), st, "ann@example.com"); err != nil {
				t.Fatalf("trusted certificate: %v", err)
			}
			srv.WaitMessages(t, 1)

			other := mailtest.Start(t, tls.opt, mailtest.WithAuth("shop", "s3cret"))
			st.Port = other.Port // same pin, another certificate
			err = smail.TestSend(context.Background(), st, "ann@example.com")
			if !errors.As(err, &se) || !se.CertChanged || se.Fingerprint != other.Fingerprint() {
				t.Fatalf("changed certificate: %v, want CertChanged with the new fingerprint", err)
			}
			if !strings.Contains(err.Error(), "is not the one you trusted") || !strings.Contains(err.Error(), srv.Fingerprint()) {
				t.Errorf("changed certificate: %q", err)
			}
			if n := len(other.Messages()); n != 0 {
				t.Fatalf("%d messages went to a server whose certificate changed", n)
			}
		})
	}
}

func TestAPinnedCertificateIsTheOnlyOneAccepted(t *testing.T) {
	srv := mailtest.Start(t, mailtest.WithSTARTTLS())
	st := srv.Settings() // its certificate is in RootCAs: valid by the usual checks
	st.PinnedCert = strings.Repeat("AB:", 31) + "AB"
	err := smail.Probe(context.Background(), st)
	var se *smail.SendError
	if !errors.As(err, &se) || !se.CertChanged {
		t.Fatalf("a valid but different certificate was accepted under a pin: %v", err)
	}
}

func TestFingerprintsAreReadAsTyped(t *testing.T) {
	want := strings.Repeat("0A:", 31) + "0A"
	for _, in := range []string{want, strings.ToLower(want), strings.ReplaceAll(want, ":", ""), " " + strings.ReplaceAll(want, ":", " ") + " "} {
		if got, err := smail.ParseFingerprint(in); err != nil || got != want {
			t.Errorf("ParseFingerprint(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := smail.ParseFingerprint("AB:CD"); !errors.Is(err, smail.ErrFingerprint) {
		t.Errorf("short fingerprint: %v", err)
	}
}

func fingerprintOf(se *smail.SendError) string {
	if se == nil {
		return ""
	}
	return se.Fingerprint
}
