// Package mailsettings keeps the owner's mail settings in the data file:
// the server, the sender, test mode. Never the password: that is
// backend/mailpassword's.
package mailsettings
