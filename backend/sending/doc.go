// Package sending runs the shop's outgoing email: the owner's SMTP
// settings (password kept out of the data file), the built-in test inbox
// that receives everything until a real account is set up or while test
// mode is on, the outbox worker, and replies that join a ticket's
// conversation and the outbox in one transaction.
package sending
