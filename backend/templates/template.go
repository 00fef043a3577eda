package templates

import (
	"time"

	"shopdesk/backend/limits"
)

// Template is a saved reply.
type Template struct {
	ID       uint64 `json:"id"`
	Name     string `json:"name"`
	Category string `json:"category"` // one of Categories
	Channel  string `json:"channel"`  // ChannelEmail or ChannelClipboard
	// Subject is used for email templates. Empty means "keep the
	// conversation's subject" when replying on a ticket.
	Subject string `json:"subject"`
	Body    string `json:"body"`
	// BuiltIn marks a template that came with Shopdesk; RestoreDefault can
	// bring its original text back. The owner may still edit or delete it.
	BuiltIn bool `json:"builtIn"`
	// DefaultKey names the built-in default this template came from ("" for
	// the owner's own templates).
	DefaultKey string `json:"defaultKey,omitempty"`
	// Version goes up by one on every save; Update refuses a stale one.
	Version   int64     `json:"version"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
}

// Channels: how a filled template leaves Shopdesk.
const (
	// ChannelEmail templates are sent as email through the outbox.
	ChannelEmail = "email"
	// ChannelClipboard templates are copied for pasting elsewhere: public
	// replies and direct messages on social media.
	ChannelClipboard = "clipboard"
)

// Categories, in the order the app lists them.
var Categories = []string{
	"feedback",
	"shipping_delay",
	"incorrect_item",
	"item_missing",
	"cancellation",
	"out_of_stock",
	"complaint",
	"return_refund",
	"escalation",
	"social",
	"general",
}

// Limits checked by Validate.
const (
	MaxNameLen    = limits.TemplateName
	MaxSubjectLen = limits.Subject
)

func categoryRank(c string) int {
	for i, k := range Categories {
		if k == c {
			return i
		}
	}
	return -1
}
