// Package testinbox keeps what the built-in test inbox received in the
// data file (store.BucketTestInbox) and lists it as the inbox view shows
// it. The SMTP side, which receives, is backend/mail/testinbox.
package testinbox
