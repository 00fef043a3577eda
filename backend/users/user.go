package users

import (
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// Role decides what a person may do. The check lives in app/, per call.
type Role string

const (
	Owner Role = "owner" // everything
	Rep   Role = "rep"   // works tickets and customers; no people, settings or deletes
)

// Person is what the rest of the app sees of a user: never the password hash.
type Person struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Email     string    `json:"email"`
	Role      Role      `json:"role"`
	Active    bool      `json:"active"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
}

// record is what is stored.
type record struct {
	Person
	Hash          []byte    `json:"hash"`
	Failures      int       `json:"failures"`
	LockedUntil   time.Time `json:"lockedUntil"`
	PasswordSetAt time.Time `json:"passwordSetAt"`
}

// NewPerson is the input for adding someone.
type NewPerson struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Role     Role   `json:"role"`
	Password string `json:"password"`
}

// MinPassword is the shortest password accepted.
const MinPassword = 8

func cleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", fmt.Errorf("name is empty: type the person's name")
	case utf8.RuneCountInString(name) > limits.PersonName:
		return "", fmt.Errorf("name is too long: use at most %d characters", limits.PersonName)
	}
	if err := limits.Line("the name", name); err != nil {
		return "", err
	}
	return name, nil
}

// CleanEmail trims and checks an address; it returns it as typed, trimmed.
func CleanEmail(email string) (string, error) {
	email = strings.TrimSpace(email)
	if email == "" {
		return "", fmt.Errorf("email address is empty: type an address like name@example.com")
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || !strings.Contains(email[strings.LastIndexByte(email, '@')+1:], ".") || len(email) > 254 {
		return "", fmt.Errorf("%q is not an email address: type one like name@example.com", limits.Clip(email, 61))
	}
	return email, nil
}

func checkPassword(pw string) error {
	if utf8.RuneCountInString(pw) < MinPassword {
		return fmt.Errorf("password is too short: use at least %d characters", MinPassword)
	}
	if len(pw) > limits.Password { // bcrypt's limit
		return fmt.Errorf("password is too long: use at most %d bytes", limits.Password)
	}
	if err := limits.Line("the password", pw); err != nil {
		return err
	}
	return nil
}
