package sending

import (
	"encoding/json"
	"fmt"

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
}

// Configured reports whether a real mail server was set up.
func (s Settings) Configured() bool { return s.Host != "" && s.FromAddress != "" }

func (s Settings) mail(password string) mail.Settings {
	return mail.Settings{Host: s.Host, Port: s.Port, Security: s.Security, Username: s.Username,
		Password: password, FromName: s.FromName, FromAddress: s.FromAddress, ReplyTo: s.ReplyTo}
}

var settingsKey = []byte("mail")

func loadSettings(tx *bolt.Tx) (Settings, error) {
	s := Settings{TestMode: true, Security: mail.SecuritySTARTTLS, Port: 587}
	if v := tx.Bucket(store.BucketSettings).Get(settingsKey); v != nil {
		if err := json.Unmarshal(v, &s); err != nil {
			return s, fmt.Errorf("read mail settings: %w", err)
		}
	}
	return s, nil
}

func saveSettings(tx *bolt.Tx, s Settings) error {
	v, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketSettings).Put(settingsKey, v)
}
