package testinbox

import (
	"time"

	bolt "go.etcd.io/bbolt"

	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store"
)

// Item is one test-inbox message as the customer would see it.
type Item struct {
	ID         uint64         `json:"id"`
	ReceivedAt string         `json:"receivedAt"`
	View       smtpinbox.View `json:"view"`
}

// Items lists what the test inbox received, newest first, decoded.
func Items(db *store.DB, limit int) ([]Item, error) {
	var rs []smtpinbox.Received
	err := db.View(func(tx *bolt.Tx) (err error) { rs, err = List(tx, limit); return err })
	out := make([]Item, 0, len(rs))
	for _, r := range rs {
		v, perr := smtpinbox.Parse(r.Data)
		if perr != nil {
			v.Subject = "(this message could not be read: " + perr.Error() + ")"
		}
		out = append(out, Item{ID: r.ID, ReceivedAt: r.ReceivedAt.Format(time.RFC3339), View: v})
	}
	return out, err
}
