package mailpassword_test

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/zalando/go-keyring"

	"shopdesk/backend/mailpassword"
)

// memKeyring stands in for the operating system's keyring service, which
// tests cannot rely on; refuse makes Set fail as a locked keyring does.
type memKeyring struct {
	mu     sync.Mutex
	m      map[string]string
	refuse error
}

func (k *memKeyring) Get(svc, acct string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	pw, ok := k.m[svc+"/"+acct]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return pw, nil
}

func (k *memKeyring) Set(svc, acct, pw string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.refuse != nil {
		return k.refuse
	}
	k.m[svc+"/"+acct] = pw
	return nil
}

func (k *memKeyring) Delete(svc, acct string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, ok := k.m[svc+"/"+acct]; !ok {
		return keyring.ErrNotFound
	}
	delete(k.m, svc+"/"+acct)
	return nil
}

func TestTheOldPathEntryMovesToTheShopID(t *testing.T) {
	dir := t.TempDir()
	kr := &memKeyring{m: map[string]string{"Shopdesk SMTP/" + filepath.Join(dir, "shop.db"): "s3cret"}}
	s := &mailpassword.Store{File: filepath.Join(dir, "shop.db.mail-password"), Account: "shop-abc", OldAccount: filepath.Join(dir, "shop.db"), Keyring: kr}
	if pw, err := s.Get(); err != nil || pw != "s3cret" {
		t.Fatalf("Get = %q, %v", pw, err)
	}
	if _, err := kr.Get("Shopdesk SMTP", "shop-abc"); err != nil {
		t.Error("the entry was not moved under the shop ID")
	}
	// The data file moved: a new path, the same shop ID.
	moved := &mailpassword.Store{File: filepath.Join(dir, "elsewhere.db.mail-password"), Account: "shop-abc", OldAccount: filepath.Join(dir, "elsewhere.db"), Keyring: kr}
	if pw, err := moved.Get(); err != nil || pw != "s3cret" {
		t.Fatalf("after a move Get = %q, %v", pw, err)
	}
	if s.Where() != mailpassword.InKeyring {
		t.Errorf("Where = %q", s.Where())
	}
}

func TestAKeyringThatRefusesSaysSoAndTheFileKeepsIt(t *testing.T) {
	dir := t.TempDir()
	// An entry from before, which the keyring now refuses to replace.
	kr := &memKeyring{m: map[string]string{"Shopdesk SMTP/shop-abc": "old-pass"}, refuse: errors.New("the keyring is locked")}
	s := &mailpassword.Store{File: filepath.Join(dir, "shop.db.mail-password"), Account: "shop-abc", Keyring: kr}
	saved, err := s.Set("s3cret")
	if err != nil {
		t.Fatal(err)
	}
	if saved.Where != mailpassword.InFile || saved.KeyringError == "" || s.KeyringError() == "" {
		t.Errorf("Set = %+v, want the file and the keyring's refusal", saved)
	}
	if s.Where() != mailpassword.InFile {
		t.Errorf("Where = %q while the password is in the file", s.Where())
	}
	fi, err := os.Stat(s.File)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("password file: %v, mode %v", err, fi.Mode())
	}
	if pw, _ := s.Get(); pw != "s3cret" {
		t.Errorf("Get = %q", pw)
	}

	// Once the keyring takes it, the file goes and the error clears.
	kr.refuse = nil
	if saved, err := s.Set("n3w"); err != nil || saved.Where != mailpassword.InKeyring || saved.KeyringError != "" {
		t.Fatalf("Set = %+v, %v", saved, err)
	}
	if _, err := os.Stat(s.File); !errors.Is(err, os.ErrNotExist) {
		t.Error("the password file stayed after the keyring took the password")
	}
	if s.Where() != mailpassword.InKeyring || s.KeyringError() != "" {
		t.Errorf("Where = %q, KeyringError = %q", s.Where(), s.KeyringError())
	}
}
