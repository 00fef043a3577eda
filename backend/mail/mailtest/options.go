package mailtest

// Option configures a Server at Start.
type Option func(*config)

type config struct {
	user, pass  string
	startTLS    bool
	implicitTLS bool
}

// WithAuth makes the server offer AUTH PLAIN and refuse MAIL until the
// client signed in with this username and password.
func WithAuth(username, password string) Option {
	return func(c *config) { c.user, c.pass = username, password }
}

// WithSTARTTLS makes the server offer STARTTLS. Without it the server
// speaks plain text only.
func WithSTARTTLS() Option {
	return func(c *config) { c.startTLS = true }
}

// WithImplicitTLS makes the server speak TLS from the first byte, like port 465.
func WithImplicitTLS() Option {
	return func(c *config) { c.implicitTLS = true }
}
