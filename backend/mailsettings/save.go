package mailsettings

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailpassword"
	"shopdesk/backend/store"
)

// Passwords is where the password is kept (backend/mailpassword's Store).
type Passwords interface {
	Get() (string, error)
	Set(password string) (mailpassword.Saved, error)
}

// Save checks and saves the settings; password nil keeps the saved one,
// "" removes it. It says where the password went (zero when unchanged). The sender does not switch over by itself: the caller
// tells the worker (sending.Service.Reconfigure).
func Save(db *store.DB, pws Passwords, st Settings, password *string) (saved mailpassword.Saved, err error) {
	st, err = st.Normalize()
	if err != nil {
		return saved, err
	}
	signsIn := st.Username != "" && (st.Host != "" || !st.TestMode)
	if password != nil && *password == "" && signsIn {
		return saved, mail.ErrNoPassword // refused before the saved one is removed
	}
	if password != nil {
		if saved, err = pws.Set(*password); err != nil {
			return saved, err
		}
	}
	pw, err := pws.Get()
	if err != nil {
		return saved, err
	}
	if signsIn && pw == "" {
		return saved, mail.ErrNoPassword
	}
	st.HasPassword = pw != ""
	return saved, db.Update(func(tx *bolt.Tx) error {
		old, err := Get(tx)
		if err != nil {
			return err
		}
		// The trusted certificate is Trust's to change, and belongs to
		// one server: another server must earn its own.
		st.TrustedCert = old.TrustedCert
		if old.Host != st.Host || old.Port != st.Port {
			st.TrustedCert = ""
		}
		return Put(tx, st)
	})
}

// Trust pins the certificate with this SHA-256 fingerprint for the saved
// server ("" stops trusting it): from now on only that certificate is
// accepted, and a changed one fails with a clear error.
func Trust(db *store.DB, fingerprint string) error {
	if fingerprint != "" {
		fp, err := mail.ParseFingerprint(fingerprint)
		if err != nil {
			return err
		}
		fingerprint = fp
	}
	return db.Update(func(tx *bolt.Tx) error {
		st, err := Get(tx)
		if err != nil {
			return err
		}
		if fingerprint != "" && !st.Configured() {
			return fmt.Errorf("trust a certificate: save the mail server first")
		}
		st.TrustedCert = fingerprint
		return Put(tx, st)
	})
}
