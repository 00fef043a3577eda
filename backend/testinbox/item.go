package testinbox

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
)

// Item is one test-inbox message as the customer would see it.
type Item struct {
	ID         uint64         `json:"id"`
	ReceivedAt string         `json:"receivedAt"`
	View       smtpinbox.View `json:"view"`
}

// Items lists what the test inbox received, newest first, decoded, as
// rows: a snippet of the text, no HTML and no headers (ItemByID has them).
func Items(db *store.DB, limit int) ([]Item, error) {
	var rs []smtpinbox.Received
	err := db.View(func(tx *bolt.Tx) (err error) { rs, err = List(tx, limit); return err })
	out := make([]Item, 0, len(rs))
	for _, r := range rs {
		v, perr := smtpinbox.Parse(r.Data)
		if perr != nil {
			v.Subject = "(this message could not be read: " + perr.Error() + ")"
		}
		v.Text, v.HTML, v.Headers = outbox.Snippet(v.Text), "", nil
		out = append(out, Item{ID: r.ID, ReceivedAt: r.ReceivedAt.Format(time.RFC3339), View: v})
	}
	return out, err
}

// ItemByID is one test-inbox message, whole.
func ItemByID(db *store.DB, id uint64) (Item, error) {
	var r smtpinbox.Received
	if err := db.View(func(tx *bolt.Tx) (err error) { r, err = Get(tx, id); return err }); err != nil {
		return Item{}, err
	}
	v, err := smtpinbox.Parse(r.Data)
	if err != nil {
		return Item{}, fmt.Errorf("this test-inbox message could not be read: %w", err)
	}
	return Item{ID: r.ID, ReceivedAt: r.ReceivedAt.Format(time.RFC3339), View: v}, nil
}
