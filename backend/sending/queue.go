package sending

import (
	"errors"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/outbox"
)

// ErrStillTestMode is returned by SendForReal while mail still goes to the
// test inbox.
var ErrStillTestMode = errors.New("mail still goes to the test inbox: set up the shop's mail account (and turn test mode off) first")

// OnlyInTestInbox lists what reached only the test inbox, newest first: the
// customers never got these.
func (s *Service) OnlyInTestInbox(limit int) (out []outbox.Message, err error) {
	err = s.db.View(func(tx *bolt.Tx) error { out, err = outbox.OnlyInTestInbox(tx, limit); return err })
	return out, err
}

// SendForReal sends the chosen test-inbox messages to the customers through
// the shop's real mail account, in one transaction.
func (s *Service) SendForReal(ids []uint64) (out []outbox.Message, err error) {
	st, _, err := s.Settings()
	if err != nil {
		return nil, err
	}
	if st.TestMode || !st.Configured() {
		return nil, ErrStillTestMode
	}
	err = s.db.Update(func(tx *bolt.Tx) error { out, err = outbox.SendForReal(tx, ids); return err })
	if err == nil {
		s.Wake()
	}
	return out, err
}

// RetryNow sends a message waiting for a retry at once.
func (s *Service) RetryNow(id uint64) (m outbox.Message, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error { m, err = outbox.RetryNow(tx, id); return err })
	if err == nil {
		s.Wake()
	}
	return m, err
}
