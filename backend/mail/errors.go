package mail

import "errors"

// Settings problems, returned (joined) by Settings.Validate.
var (
	// ErrNoHost is returned when the server name is empty.
	ErrNoHost = errors.New("enter the mail server's name, like smtp.example.com")

	// ErrHost is returned when the server name has a scheme, a port, a path or spaces in it.
	ErrHost = errors.New("write only the mail server's name, like smtp.example.com, without smtp://, a port or spaces")

	// ErrPort is returned when the port is not between 1 and 65535.
	ErrPort = errors.New("the port must be a number from 1 to 65535: usually 587 for STARTTLS or 465 for TLS")

	// ErrSecurity is returned when Security is not one of the three modes.
	ErrSecurity = errors.New(`choose the connection security: "starttls", "tls" or "none"`)

	// ErrPlainRemote is returned when Security is "none" for a server that
	// is not on this computer: mail and password would cross the network unencrypted.
	ErrPlainRemote = errors.New("sending without encryption is only allowed to a test server on this computer: choose STARTTLS (usually port 587) or TLS (usually port 465)")

	// ErrFromAddress is returned when the From address is missing or not an email address.
	ErrFromAddress = errors.New("enter the shop's From address, like support@yourshop.com")

	// ErrReplyTo is returned when the Reply-To address is not an email address.
	ErrReplyTo = errors.New("the Reply-To address is not a valid email address: correct it or leave it empty")

	// ErrNoPassword is returned when a username is set without a password.
	ErrNoPassword = errors.New("enter the password for this username, or leave the username empty if the server needs no sign-in")

	// ErrPasswordMissing is returned when the settings sign in but the
	// password is not on this computer: the data file was copied or moved
	// without its password file or keyring entry.
	ErrPasswordMissing = errors.New("the mail password for this data file is not on this computer")

	// ErrFingerprint is returned for a trusted-certificate fingerprint that
	// is not 32 hexadecimal pairs.
	ErrFingerprint = errors.New("the certificate fingerprint is not a SHA-256 fingerprint (32 pairs like AB:CD:…): copy it again")

	// ErrTimeout is returned when the timeout is negative or longer than MaxTimeout.
	ErrTimeout = errors.New("the timeout must be between 1 second and 5 minutes")
)

// Message problems, returned by Compose (and by Send, inside a *SendError).
var (
	// ErrToAddress is returned when the recipient address is missing or invalid.
	ErrToAddress = errors.New("the customer's email address is not valid")

	// ErrNoText is returned when the message has no plain-text body.
	ErrNoText = errors.New("the message has no text")
)

// Sending problems, found in SendError.Err.
var (
	// ErrNoSTARTTLS is returned when STARTTLS is required and the server does
	// not offer it. Nothing was sent.
	ErrNoSTARTTLS = errors.New("the server does not offer STARTTLS")

	// ErrNoAuthMechanism is returned when the server offers no sign-in
	// method Shopdesk can use (PLAIN or LOGIN).
	ErrNoAuthMechanism = errors.New("the server offers no sign-in method Shopdesk supports")

	// ErrCanceled is returned when the send was stopped by its context.
	ErrCanceled = errors.New("sending was stopped")
)
