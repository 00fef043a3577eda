// Package mailpassword keeps the SMTP password out of the data file: in
// the operating system's keyring where there is one, else in a file only
// this user can read, beside the data file.
package mailpassword
