// Package testinbox is the test inbox's side in the data file: its life
// (Listener opens the SMTP port on 127.0.0.1 only while mail can go to
// it), what it received (Store, in store.BucketTestInbox), kept within
// Limits by dropping the oldest and counting what went, and the list as
// the inbox view shows it. The SMTP server itself is backend/mail/testinbox.
package testinbox
