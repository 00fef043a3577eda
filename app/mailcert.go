package app

import (
	"context"
	"errors"
	"time"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
)

// ServerCheck is what connecting to the saved mail server found.
type ServerCheck struct {
	OK    bool   `json:"ok"`
	Error string `json:"error"`
	// Fingerprint is set when the server's certificate is not signed by a
	// known authority (or is not the trusted one): the owner may trust it.
	Fingerprint string `json:"fingerprint"`
	CertChanged bool   `json:"certChanged"`
	// Trusted is the fingerprint trusted now ("" for none).
	Trusted string `json:"trusted"`
}

// CheckServer: owner only. Connects to the saved server without sending,
// so the settings screen can offer to trust a self-signed certificate.
func (m *Mail) CheckServer() (sc ServerCheck, err error) {
	defer guard("Mail.CheckServer", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return sc, err
	}
	st, err := mailsettings.Load(m.c.db)
	if err != nil {
		return sc, err
	}
	sc.Trusted = st.TrustedCert
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	perr := m.c.sending.Probe(ctx)
	if perr == nil {
		sc.OK = true
		return sc, nil
	}
	sc.Error = perr.Error()
	var se *mail.SendError
	if errors.As(perr, &se) {
		sc.Fingerprint, sc.CertChanged = se.Fingerprint, se.CertChanged
	}
	return sc, nil
}

// TrustCertificate: owner only. Pins the certificate with this SHA-256
// fingerprint for the saved server ("" stops trusting it); sending uses
// it at once.
func (m *Mail) TrustCertificate(fingerprint string) (err error) {
	defer guard("Mail.TrustCertificate", &err)
	if _, err = m.c.sess.owner(); err != nil {
		return err
	}
	if err = mailsettings.Trust(m.c.db, fingerprint); err != nil {
		return err
	}
	return m.c.sending.Reconfigure()
}
