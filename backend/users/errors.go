package users

import "errors"

var (
	// ErrWrongPassword is returned by SignIn for a bad password.
	ErrWrongPassword = errors.New("wrong password: check it and try again")
	// ErrAlreadySetUp is returned by Setup once an owner exists.
	ErrAlreadySetUp = errors.New("this shop is already set up: sign in instead")
	// ErrNotFound is returned for an unknown person.
	ErrNotFound = errors.New("no such person: they may have been removed; reload the list")
	// ErrEmailTaken is returned when another person already uses the email.
	ErrEmailTaken = errors.New("someone else already uses that email address: use another one")
	// ErrLastOwner is returned when a change would leave the shop without an active owner.
	ErrLastOwner = errors.New("the shop needs at least one active owner: make someone else owner first")
	// ErrDisabled is returned by SignIn for a person who was switched off.
	ErrDisabled = errors.New("this person's access is switched off: ask the owner to switch it back on")
)
