// Package mail writes email messages and sends them over SMTP. It never
// touches the data file: the durable outbox that decides what to send and
// when lives in backend/outbox.
//
// Compose turns a Message into RFC 5322 bytes: a text/plain part first and
// its HTML alternative second, our own Message-ID, In-Reply-To and
// References for replies, RFC 2047 encoded names and subjects, and a Date.
//
// A Sender keeps one SMTP connection open across consecutive messages (a
// feedback batch goes out over a single connection). The TLS mode is never
// guessed: STARTTLS required, implicit TLS, or none — and none only for a
// server on this computer, such as the built-in test inbox. When STARTTLS is
// required and the server does not offer it, nothing at all is sent. Every
// read and write on the socket has a deadline, so a server that accepts the
// connection and then stays silent fails within Settings.Timeout.
//
// Failures come back as *SendError, which names the step that failed
// (lookup, connect, tls, auth, sender, recipient, data), whether retrying
// can help (4xx, dropped connections and timeouts are temporary; 5xx
// replies are permanent), the server's own words, and an Error text a shop
// owner can act on.
//
// Subpackages: mailtest is an SMTP server for tests that can be told to
// misbehave; testinbox is the test inbox built into Shopdesk.
package mail
