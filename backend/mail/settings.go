package mail

import (
	"crypto/x509"
	"errors"
	"net/mail"
	"strings"
	"time"
)

// Security modes.
const (
	// SecuritySTARTTLS connects in plain text and upgrades with STARTTLS
	// before anything else; a server without STARTTLS is an error. Port 587.
	SecuritySTARTTLS = "starttls"
	// SecurityTLS speaks TLS from the first byte (implicit TLS). Port 465.
	SecurityTLS = "tls"
	// SecurityNone sends in plain text. Allowed only for a server on this
	// computer, such as the built-in test inbox.
	SecurityNone = "none"
)

// Timeout bounds.
const (
	DefaultTimeout = 30 * time.Second
	MaxTimeout     = 5 * time.Minute
)

// Settings say how to reach the shop's mail server.
type Settings struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Security string `json:"security"` // SecuritySTARTTLS, SecurityTLS or SecurityNone
	Username string `json:"username"` // empty: the server needs no sign-in
	// Password is kept in the system keyring by the app, not in the data file.
	Password    string `json:"password,omitempty"`
	FromName    string `json:"fromName"`
	FromAddress string `json:"fromAddress"`
	ReplyTo     string `json:"replyTo"`
	// Timeout bounds every wait on the server: connecting, each reply, each
	// write. Zero means DefaultTimeout.
	Timeout time.Duration `json:"timeout"`
	// PinnedCert is the SHA-256 fingerprint (see Fingerprint) of the one
	// certificate the owner trusted for a server no known authority signed.
	// Set, only that certificate is accepted: a changed one fails with
	// *CertChangedError. Empty: the usual checks.
	PinnedCert string `json:"pinnedCert"`
	// RootCAs, when set, replaces the system's trusted certificates; tests
	// use it to trust their own server.
	RootCAs *x509.CertPool `json:"-"`
}

// Validate checks the settings without connecting. It returns nil or every
// problem found, joined.
func (s Settings) Validate() error {
	var errs []error
	host := strings.TrimSpace(s.Host)
	switch {
	case host == "":
		errs = append(errs, ErrNoHost)
	case strings.ContainsAny(host, " \t/:@") && !isIPv6Literal(host):
		errs = append(errs, ErrHost)
	}
	if s.Port < 1 || s.Port > 65535 {
		errs = append(errs, ErrPort)
	}
	switch s.Security {
	case SecuritySTARTTLS, SecurityTLS:
	case SecurityNone:
		if host != "" && !isThisComputer(host) {
			errs = append(errs, ErrPlainRemote)
		}
	default:
		errs = append(errs, ErrSecurity)
	}
	if a, err := mail.ParseAddress(s.FromAddress); err != nil || a.Address != strings.TrimSpace(s.FromAddress) {
		errs = append(errs, ErrFromAddress)
	}
	if s.ReplyTo != "" {
		if _, err := mail.ParseAddress(s.ReplyTo); err != nil {
			errs = append(errs, ErrReplyTo)
		}
	}
	if s.Username != "" && s.Password == "" {
		errs = append(errs, ErrNoPassword)
	}
	if s.PinnedCert != "" {
		if _, err := ParseFingerprint(s.PinnedCert); err != nil {
			errs = append(errs, err)
		}
	}
	if s.Timeout < 0 || s.Timeout > MaxTimeout {
		errs = append(errs, ErrTimeout)
	}
	return errors.Join(errs...)
}

func (s Settings) timeout() time.Duration {
	if s.Timeout == 0 {
		return DefaultTimeout
	}
	return s.Timeout
}
