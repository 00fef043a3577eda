package mail

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// Fingerprint is a certificate's SHA-256 fingerprint as mail programs and
// `openssl x509 -fingerprint -sha256` show it: "AB:CD:…", 32 pairs.
func Fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	return formatSum(sum[:])
}

// ParseFingerprint accepts a SHA-256 fingerprint with or without colons or
// spaces, in either case, and returns it as Fingerprint writes it.
func ParseFingerprint(s string) (string, error) {
	clean := strings.NewReplacer(":", "", " ", "", "-", "").Replace(strings.TrimSpace(s))
	b, err := hex.DecodeString(clean)
	if err != nil || len(b) != sha256.Size {
		return "", ErrFingerprint
	}
	return formatSum(b), nil
}

func formatSum(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum))
	parts := make([]string, 0, len(sum))
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, ":")
}

// CertChangedError is returned when the server's certificate is not the one
// the owner trusted: it may have been renewed, or someone may be in the
// middle. Nothing is sent over such a connection.
type CertChangedError struct {
	Trusted string // the pinned fingerprint
	Got     string // the certificate the server showed
}

func (e *CertChangedError) Error() string {
	return fmt.Sprintf("the server's certificate changed since you trusted it (trusted %s, now %s)", e.Trusted, e.Got)
}

// pinned makes cfg accept exactly the certificate with fingerprint pin and
// nothing else. Go's own checks are replaced only for this one
// certificate: anything else, even a valid one, fails with
// CertChangedError.
func pinned(cfg *tls.Config, pin string) {
	want, err := hex.DecodeString(strings.ReplaceAll(pin, ":", ""))
	cfg.InsecureSkipVerify = true // verification is VerifyConnection's, below
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if len(cs.PeerCertificates) == 0 {
			return errors.New("the server showed no certificate")
		}
		got := sha256.Sum256(cs.PeerCertificates[0].Raw)
		if err != nil || !bytes.Equal(got[:], want) {
			return &CertChangedError{Trusted: pin, Got: formatSum(got[:])}
		}
		return nil
	}
}

// untrusted returns the fingerprint of the certificate in err when the
// handshake failed only because no known authority signed it.
func untrusted(err error) string {
	var certErr *tls.CertificateVerificationError
	var authErr x509.UnknownAuthorityError
	if errors.As(err, &certErr) && errors.As(err, &authErr) && len(certErr.UnverifiedCertificates) > 0 {
		return Fingerprint(certErr.UnverifiedCertificates[0].Raw)
	}
	return ""
}
