package mailsettings

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/store"
)

// Settings are the owner's mail settings as stored and as the settings
// screen shows them: never the password itself.
type Settings struct {
	Host        string `json:"host"`
	Port        int    `json:"port"`
	Security    string `json:"security"`
	Username    string `json:"username"`
	FromName    string `json:"fromName"`
	FromAddress string `json:"fromAddress"`
	ReplyTo     string `json:"replyTo"`
	// TestMode sends everything to the built-in test inbox.
	TestMode bool `json:"testMode"`
	// HasPassword tells the screen a password is saved.
	HasPassword bool `json:"hasPassword"`
	// TrustedCert is the SHA-256 fingerprint of the one self-signed
	// certificate the owner trusted for this server (see Trust); every
	// connection checks it. Saving the form keeps it unless the server
	// changed.
	TrustedCert string `json:"trustedCert"`
}

// Configured reports whether a real mail server was set up.
func (s Settings) Configured() bool { return s.Host != "" && s.FromAddress != "" }

// Mail is what backend/mail needs to reach the server, with the password.
func (s Settings) Mail(password string) mail.Settings {
	return mail.Settings{Host: s.Host, Port: s.Port, Security: s.Security, Username: s.Username,
		Password: password, FromName: s.FromName, FromAddress: s.FromAddress, ReplyTo: s.ReplyTo, PinnedCert: s.TrustedCert}
}

// Normalize trims what was typed and checks it can reach a server; a
// blank host in test mode is fine (mail goes to the test inbox).
func (s Settings) Normalize() (Settings, error) {
	s.Host = strings.TrimSpace(s.Host)
	if s.Host != "" || !s.TestMode {
		pw := "x"
		if s.Username == "" {
			pw = ""
		}
		if err := s.Mail(pw).Validate(); err != nil {
			return s, err
		}
	}
	return s, nil
}

var key = []byte("mail")

// Get reads the settings inside tx, with defaults when none were saved.
func Get(tx *bolt.Tx) (Settings, error) {
	s := Settings{TestMode: true, Security: mail.SecuritySTARTTLS, Port: 587}
	if v := tx.Bucket(store.BucketSettings).Get(key); v != nil {
		if err := json.Unmarshal(v, &s); err != nil {
			return s, fmt.Errorf("read mail settings: %w", err)
		}
	}
	return s, nil
}

// Put writes the settings inside tx as given (Normalize them first).
func Put(tx *bolt.Tx, s Settings) error {
	v, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketSettings).Put(key, v)
}

// Load is Get in its own read transaction.
func Load(db *store.DB) (s Settings, err error) {
	err = db.View(func(tx *bolt.Tx) error { s, err = Get(tx); return err })
	return s, err
}
