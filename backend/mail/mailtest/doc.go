// Package mailtest runs a real SMTP server (github.com/emersion/go-smtp) on
// 127.0.0.1 inside a test. It records every message it accepts and can be
// told to misbehave the ways mail servers do: demand AUTH, offer or withhold
// STARTTLS (with a certificate made at start), answer 4xx or 5xx at MAIL,
// RCPT or DATA, stay silent after accepting a connection, drop the
// connection in the middle of DATA, or never answer the end of DATA.
//
// Any package's tests may use it:
//
//	srv := mailtest.Start(t, mailtest.WithSTARTTLS())
//	sender, _ := mail.NewSender(srv.Settings())
//	…
//	got := srv.WaitMessages(t, 1)
package mailtest
