package mailpassword

import (
	"errors"
	"fmt"
	"os"

	"github.com/zalando/go-keyring"
)

// Store keeps the SMTP password out of the data file: in the operating
// system's keyring where there is one, else in a file only this user can
// read, beside the data file.
type Store struct {
	// File is the fallback file.
	File string
	// Account names the keyring entry (the data file's path).
	Account string
}

const keyringService = "Shopdesk SMTP"

// Where says where passwords are kept: "keyring" or "file".
func (s Store) Where() string {
	if s.keyringWorks() {
		return "keyring"
	}
	return "file"
}

func (s Store) keyringWorks() bool {
	_, err := keyring.Get(keyringService, s.Account)
	return err == nil || errors.Is(err, keyring.ErrNotFound)
}

// Get returns the saved password, or "" if none.
func (s Store) Get() (string, error) {
	if s.keyringWorks() {
		pw, err := keyring.Get(keyringService, s.Account)
		if err == nil {
			return pw, nil
		}
	}
	b, err := os.ReadFile(s.File)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read the saved mail password: %w", err)
	}
	return string(b), nil
}

// Set saves the password ("" removes it).
func (s Store) Set(pw string) error {
	if s.keyringWorks() {
		if pw == "" {
			err := keyring.Delete(keyringService, s.Account)
			if err != nil && !errors.Is(err, keyring.ErrNotFound) {
				return err
			}
		} else if err := keyring.Set(keyringService, s.Account, pw); err == nil {
			os.Remove(s.File)
			return nil
		}
	}
	if pw == "" {
		if err := os.Remove(s.File); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	tmp := s.File + ".part"
	if err := os.WriteFile(tmp, []byte(pw), 0o600); err != nil {
		return fmt.Errorf("save the mail password: %w", err)
	}
	return os.Rename(tmp, s.File)
}
