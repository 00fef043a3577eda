// Package customers keeps the shop's customers: one per email address
// (compared without case), with phone, notes and tags such as VIP.
package customers
