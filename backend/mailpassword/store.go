package mailpassword

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/zalando/go-keyring"
)

// Where a password is kept.
const (
	InKeyring = "keyring"
	InFile    = "file"
)

const keyringService = "Shopdesk SMTP"

// Store keeps the SMTP password out of the data file: in the operating
// system's keyring where there is one, else in a file only this user can
// read, beside the data file. Safe for concurrent use.
type Store struct {
	// File is the fallback file.
	File string
	// Account names the keyring entry: the data file's shop ID, which
	// follows the file when it is moved.
	Account string
	// OldAccount is the name older versions used (the data file's path);
	// an entry under it is moved to Account the first time it is read.
	OldAccount string
	// Keyring is the keyring to use; nil means the operating system's.
	Keyring Keyring

	mu sync.Mutex
	// keyringErr is why the keyring refused the last password, shown on
	// the settings screen until one is saved there.
	keyringErr error
}

// Keyring is a keyring's three calls, as github.com/zalando/go-keyring
// makes them; its ErrNotFound means "no such entry".
type Keyring interface {
	Get(service, account string) (string, error)
	Set(service, account, password string) error
	Delete(service, account string) error
}

type systemKeyring struct{}

func (systemKeyring) Get(svc, acct string) (string, error) { return keyring.Get(svc, acct) }
func (systemKeyring) Set(svc, acct, pw string) error       { return keyring.Set(svc, acct, pw) }
func (systemKeyring) Delete(svc, acct string) error        { return keyring.Delete(svc, acct) }

func (s *Store) kr() Keyring {
	if s.Keyring == nil {
		return systemKeyring{}
	}
	return s.Keyring
}

// Saved says where Set put the password.
type Saved struct {
	Where string `json:"where"` // InKeyring or InFile
	// KeyringError is why the keyring could not keep it, when it went to
	// the file instead of a keyring that exists ("" otherwise).
	KeyringError string `json:"keyringError"`
}

// Where says where the password is kept now, or where a new one would go:
// InFile when the file holds it, or when there is no working keyring.
func (s *Store) Where() string {
	if _, err := os.Stat(s.File); err == nil {
		return InFile
	}
	if s.keyringWorks() {
		return InKeyring
	}
	return InFile
}

// KeyringError is why the keyring refused the last password saved in this
// run, or "".
func (s *Store) KeyringError() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keyringErr == nil {
		return ""
	}
	return s.keyringErr.Error()
}

func (s *Store) keyringWorks() bool {
	_, err := s.kr().Get(keyringService, s.Account)
	return err == nil || errors.Is(err, keyring.ErrNotFound)
}

// Get returns the saved password, or "" if none is on this computer. The
// file comes first: it exists only when the last password saved went
// there (a keyring that takes one removes the file), so a stale keyring
// entry never wins over it.
func (s *Store) Get() (string, error) {
	b, err := os.ReadFile(s.File)
	if err == nil {
		return string(b), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("read the saved mail password: %w", err)
	}
	if pw, err := s.kr().Get(keyringService, s.Account); err == nil {
		return pw, nil
	}
	if s.OldAccount != "" && s.OldAccount != s.Account {
		if pw, err := s.kr().Get(keyringService, s.OldAccount); err == nil {
			// Move it under the shop ID, so it survives moving the file;
			// if the keyring refuses, the old entry still works.
			if s.kr().Set(keyringService, s.Account, pw) == nil {
				_ = s.kr().Delete(keyringService, s.OldAccount)
			}
			return pw, nil
		}
	}
	return "", nil
}

// Set saves the password ("" removes it) and says where it went. A keyring
// that refuses it is reported, never hidden: the password then goes to the
// file.
func (s *Store) Set(pw string) (Saved, error) {
	if pw == "" {
		for _, acct := range []string{s.Account, s.OldAccount} {
			if acct == "" {
				continue
			}
			if err := s.kr().Delete(keyringService, acct); err != nil && !errors.Is(err, keyring.ErrNotFound) && s.keyringWorks() {
				return Saved{}, fmt.Errorf("remove the mail password from the keyring: %w", err)
			}
		}
		if err := os.Remove(s.File); err != nil && !errors.Is(err, os.ErrNotExist) {
			return Saved{}, fmt.Errorf("remove the mail password file: %w", err)
		}
		s.setKeyringErr(nil)
		return Saved{Where: s.Where()}, nil
	}
	kerr := s.kr().Set(keyringService, s.Account, pw)
	if kerr == nil {
		if err := os.Remove(s.File); err != nil && !errors.Is(err, os.ErrNotExist) {
			return Saved{}, fmt.Errorf("remove the old mail password file: %w", err)
		}
		s.setKeyringErr(nil)
		return Saved{Where: InKeyring}, nil
	}
	tmp := s.File + ".part"
	if err := os.WriteFile(tmp, []byte(pw), 0o600); err != nil {
		return Saved{}, fmt.Errorf("save the mail password: %w", err)
	}
	if err := os.Rename(tmp, s.File); err != nil {
		return Saved{}, fmt.Errorf("save the mail password: %w", err)
	}
	saved := Saved{Where: InFile}
	// A computer with no keyring at all is not news; a keyring that is
	// there and refused is.
	if !errors.Is(kerr, keyring.ErrUnsupportedPlatform) && s.keyringWorks() {
		saved.KeyringError = kerr.Error()
		s.setKeyringErr(kerr)
	}
	return saved, nil
}

func (s *Store) setKeyringErr(err error) {
	s.mu.Lock()
	s.keyringErr = err
	s.mu.Unlock()
}
