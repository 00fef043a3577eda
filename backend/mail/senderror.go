package mail

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-smtp"
)

// Steps of sending, as named in SendError.Step.
const (
	StepLookup    = "lookup"    // finding the server's address
	StepConnect   = "connect"   // opening the connection and the greeting
	StepTLS       = "tls"       // STARTTLS or the TLS handshake
	StepAuth      = "auth"      // signing in
	StepSender    = "sender"    // MAIL FROM
	StepRecipient = "recipient" // RCPT TO (or an invalid address)
	StepData      = "data"      // the message itself
)

// SendError is a failed attempt to send one message.
type SendError struct {
	Step      string `json:"step"`      // one of the Step constants
	Code      int    `json:"code"`      // the server's reply code, 0 if it never answered
	Permanent bool   `json:"permanent"` // retrying the same message will not help
	// ServerMessage is the server's own words, enhanced code first:
	// "5.1.1 user unknown".
	ServerMessage string `json:"serverMessage"`
	// MaybeDelivered is set when the whole message was sent but the
	// server's reply never came: it may have been accepted.
	MaybeDelivered bool `json:"maybeDelivered"`
	// Action is what was being done, shown before the cause:
	// "sending to ann@example.com".
	Action string `json:"action"`
	// Fingerprint is the SHA-256 fingerprint of the certificate the server
	// showed when it was refused because no known authority signed it, or
	// because it is not the one the owner trusted: the owner may trust it.
	Fingerprint string `json:"fingerprint"`
	// CertChanged is set when the certificate is not the trusted one.
	CertChanged bool          `json:"certChanged"`
	Server      string        `json:"server"` // host:port
	Timeout     time.Duration `json:"-"`
	Err         error         `json:"-"`
}

func (e *SendError) Unwrap() error { return e.Err }

// Error reads "action: cause" for a shop owner, e.g. "sending to
// ann@example.com: the server refused the recipient (550 5.1.1 user unknown)".
func (e *SendError) Error() string {
	action := e.Action
	if action == "" {
		action = "sending"
	}
	return action + ": " + e.cause()
}

func (e *SendError) cause() string {
	reply := ""
	if e.Code != 0 {
		reply = fmt.Sprintf(" (%d %s)", e.Code, e.ServerMessage)
		reply = strings.Replace(reply, " )", ")", 1)
	}
	switch {
	case errors.Is(e.Err, ErrNoSTARTTLS):
		return fmt.Sprintf("the server %s does not offer STARTTLS, so nothing was sent", e.Server)
	case errors.Is(e.Err, ErrToAddress):
		return "the address is not a valid email address"
	case errors.Is(e.Err, ErrFromAddress):
		return "the From address in the email settings is not valid"
	case errors.Is(e.Err, ErrNoText):
		return "the message has no text"
	case errors.Is(e.Err, ErrNoAuthMechanism):
		return fmt.Sprintf("the server %s offers no sign-in method Shopdesk supports", e.Server)
	case errors.Is(e.Err, ErrPlainRemote):
		return fmt.Sprintf("%s is not on this computer, and sending without encryption is only allowed there", e.Server)
	case errors.Is(e.Err, ErrCanceled):
		return "sending was stopped before it finished"
	case errors.Is(e.Err, ErrPasswordMissing):
		return "the mail password for this data file is not on this computer, so nothing was sent"
	case e.CertChanged:
		return fmt.Sprintf("the certificate of %s is not the one you trusted (trusted %s, now %s), so nothing was sent", hostOnly(e.Server), e.pinned(), e.Fingerprint)
	case e.Fingerprint != "":
		return fmt.Sprintf("the certificate of %s is not signed by a known authority (SHA-256 fingerprint %s), so nothing was sent", hostOnly(e.Server), e.Fingerprint)
	}
	if e.Code != 0 {
		switch e.Step {
		case StepConnect, StepTLS:
			return "the server turned the connection down" + reply
		case StepAuth:
			return "the server refused the username or password" + reply
		case StepSender:
			return "the server refused the From address" + reply
		case StepRecipient:
			return "the server refused the recipient" + reply
		default:
			return "the server refused the message" + reply
		}
	}
	var (
		dnsErr  *net.DNSError
		certErr *tls.CertificateVerificationError
		hostErr x509.HostnameError
	)
	switch {
	case e.Step == StepLookup && errors.As(e.Err, &dnsErr) && dnsErr.IsNotFound:
		return fmt.Sprintf("there is no mail server called %s", hostOnly(e.Server))
	case e.Step == StepLookup:
		return fmt.Sprintf("could not look up the mail server %s (%v)", hostOnly(e.Server), e.Err)
	case errors.As(e.Err, &hostErr), errors.As(e.Err, &certErr):
		return fmt.Sprintf("the server's security certificate is not valid for %s (%v)", hostOnly(e.Server), e.Err)
	case isTimeout(e.Err):
		return fmt.Sprintf("the server %s did not answer within %v%s", e.Server, e.Timeout, maybe(e))
	case errors.Is(e.Err, syscall.ECONNREFUSED):
		return fmt.Sprintf("could not connect to %s: nothing is listening on that port", e.Server)
	case e.Step == StepConnect && !errors.Is(e.Err, io.EOF):
		return fmt.Sprintf("could not connect to %s (%v)", e.Server, e.Err)
	case e.Step == StepTLS:
		return fmt.Sprintf("the secure connection to %s failed (%v)", e.Server, e.Err)
	default:
		return fmt.Sprintf("the connection to %s was lost%s", e.Server, maybe(e))
	}
}

func (e *SendError) pinned() string {
	var changed *CertChangedError
	if errors.As(e.Err, &changed) {
		return changed.Trusted
	}
	return ""
}

func maybe(e *SendError) string {
	if e.MaybeDelivered {
		return " after the whole message was sent, so it may have been delivered"
	}
	return ""
}

// Hint says what the shop owner can do next.
func (e *SendError) Hint() string {
	switch {
	case e.MaybeDelivered:
		return "Check with the customer or your sent folder before sending it again."
	case errors.Is(e.Err, ErrNoSTARTTLS):
		return "Choose TLS (usually port 465) in the email settings, or ask your email provider which security to use."
	case errors.Is(e.Err, ErrToAddress):
		return "Correct the customer's address, then send again."
	case errors.Is(e.Err, ErrCanceled):
		return "It will be tried again."
	case errors.Is(e.Err, ErrPasswordMissing):
		return "Enter the password in Settings → Mail; the emails wait in the outbox meanwhile."
	case e.CertChanged:
		return "If the server's owner renewed the certificate, compare the new fingerprint with theirs and trust it in Settings → Mail; if not, do not: someone may be in the middle."
	case e.Fingerprint != "":
		return "If this is your own server, compare the fingerprint with its certificate and trust it in Settings → Mail."
	}
	switch e.Step {
	case StepLookup:
		return "Check the server name in the email settings and that this computer is online."
	case StepConnect:
		return "Check the server name and port in the email settings, and that this computer is online."
	case StepTLS:
		return "Check the server name and security in the email settings; they must match what your provider gives."
	case StepAuth:
		return "Check the username and password in the email settings; some providers need an app password."
	case StepSender:
		return "Check the From address in the email settings: many providers only allow your own address."
	}
	if e.Permanent {
		if e.Step == StepRecipient {
			return "Check the customer's address, correct it and send again."
		}
		return "The server's reply above says why; change the message and send again."
	}
	return "Shopdesk will try again shortly."
}

// newSendError classifies err from step: SMTP replies keep their code and
// words (5xx permanent, 4xx temporary); timeouts and dropped connections
// are temporary; local problems (bad address, no STARTTLS, bad certificate)
// are permanent, because retrying without a change cannot help.
func newSendError(step string, err error, server string, timeout time.Duration) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	e := &SendError{Step: step, Err: err, Server: server, Timeout: timeout}
	var smtpErr *smtp.SMTPError
	var certErr *tls.CertificateVerificationError
	var hostErr x509.HostnameError
	var changed *CertChangedError
	if errors.As(err, &changed) {
		e.CertChanged, e.Fingerprint, e.Permanent = true, changed.Got, true
		return e
	}
	e.Fingerprint = untrusted(err)
	switch {
	case errors.As(err, &smtpErr):
		e.Code = smtpErr.Code
		e.ServerMessage = serverWords(smtpErr)
		e.Permanent = smtpErr.Code >= 500
	case errors.Is(err, ErrNoSTARTTLS), errors.Is(err, ErrToAddress), errors.Is(err, ErrFromAddress),
		errors.Is(err, ErrNoText), errors.Is(err, ErrNoAuthMechanism), errors.Is(err, ErrPlainRemote),
		errors.As(err, &certErr), errors.As(err, &hostErr):
		e.Permanent = true
	}
	return e
}

func serverWords(e *smtp.SMTPError) string {
	msg := oneLine(e.Message)
	ec := e.EnhancedCode
	if ec == smtp.EnhancedCodeNotSet || ec == smtp.NoEnhancedCode {
		return msg
	}
	return fmt.Sprintf("%d.%d.%d %s", ec[0], ec[1], ec[2], msg)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

func hostOnly(server string) string {
	if h, _, err := net.SplitHostPort(server); err == nil {
		return h
	}
	return server
}
