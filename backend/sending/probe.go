package sending

import (
	"context"

	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
)

// Probe connects to the server the saved settings name, as a send would,
// without sending (nil in test mode: the test inbox needs no check).
func (s *Service) Probe(ctx context.Context) error {
	st, err := mailsettings.Load(s.db)
	if err != nil {
		return err
	}
	if st.TestMode || !st.Configured() {
		return nil
	}
	ms, err := s.effective(st)
	if err != nil {
		return err
	}
	return mail.Probe(ctx, ms)
}
