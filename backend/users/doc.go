// Package users keeps the shop's people: the owner and part-time reps, their
// roles, hashed passwords and the slow-down after wrong passwords.
package users
