package mail

import "context"

// Probe connects to the server with st as a send would — look-up,
// connect, TLS, sign-in — and says goodbye without sending. It returns nil,
// the settings problems, or a *SendError naming the step that failed (for
// an untrusted certificate, with its Fingerprint).
func Probe(ctx context.Context, st Settings) error {
	if err := st.Validate(); err != nil {
		return err
	}
	s, se := dial(ctx, st)
	if se != nil {
		se.Action = "connecting to the mail server"
		return se
	}
	_ = s.client.Quit()
	s.close()
	return nil
}
