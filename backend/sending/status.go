package sending

import (
	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
)

// Status is what everyone's window shows about mail: where it goes, whether
// sending is paused, and how many messages need the owner.
type Status struct {
	TestMode  bool           `json:"testMode"` // mail goes to the test inbox
	Blocked   outbox.Blocked `json:"blocked"`
	Failed    int            `json:"failed"`
	Uncertain int            `json:"uncertain"`
	Waiting   int            `json:"waiting"`
	// PasswordMissing: sending is paused until the owner enters the mail
	// password (the data file came without it).
	PasswordMissing bool `json:"passwordMissing"`
	// Damaged messages could not be read and were set aside, never sent.
	Damaged int `json:"damaged"`
}

// Status reads the mail status.
func (s *Service) Status() (st Status, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		set, err := mailsettings.Get(tx)
		if err != nil {
			return err
		}
		st.TestMode = set.TestMode || !set.Configured()
		st.Failed = outbox.Count(tx, outbox.StateFailed)
		st.Uncertain = outbox.Count(tx, outbox.StateUncertain)
		st.Damaged = outbox.Damaged(tx)
		st.Waiting = outbox.Count(tx, outbox.StateQueued) + outbox.Count(tx, outbox.StateRetry) + outbox.Count(tx, outbox.StateSending)
		return nil
	})
	st.Blocked = s.Blocked()
	st.PasswordMissing = s.PasswordMissing()
	return st, err
}

// Blocked says why all sending is paused, if it is.
func (s *Service) Blocked() outbox.Blocked {
	if s.worker == nil {
		return outbox.Blocked{}
	}
	return s.paused()
}
