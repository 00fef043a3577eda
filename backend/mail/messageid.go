package mail

import (
	"crypto/rand"
	"encoding/base32"
	"strings"
)

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewMessageID returns a new globally unique Message-ID, angle brackets
// included, in the domain of the From address: "<k3x…@yourshop.com>".
func NewMessageID(fromAddress string) string {
	domain := "shopdesk.invalid"
	if at := strings.LastIndexByte(fromAddress, '@'); at >= 0 && at < len(fromAddress)-1 {
		domain = strings.ToLower(strings.Trim(fromAddress[at+1:], " >"))
	}
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "<" + idEncoding.EncodeToString(b[:]) + "@" + domain + ">"
}

// bracketID makes sure a message ID is written with its angle brackets.
func bracketID(id string) string {
	id = strings.TrimSpace(id)
	if id == "" || strings.HasPrefix(id, "<") {
		return id
	}
	return "<" + id + ">"
}
