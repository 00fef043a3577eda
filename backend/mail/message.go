package mail

import "time"

// Message is one email to one customer.
type Message struct {
	// From and Reply-To; a Sender fills empty ones from its Settings.
	FromName    string `json:"fromName"`
	FromAddress string `json:"fromAddress"`
	ReplyTo     string `json:"replyTo"`

	ToName    string `json:"toName"`
	ToAddress string `json:"toAddress"`
	Subject   string `json:"subject"`
	Text      string `json:"text"` // required: the text/plain part
	HTML      string `json:"html"` // optional: the text/html alternative

	// MessageID is "<unique@domain>"; Compose makes one when it is empty.
	// Set it first (NewMessageID) when it must be remembered, for threading.
	MessageID string `json:"messageId"`
	// InReplyTo and References thread a reply under the customer's message.
	InReplyTo  string   `json:"inReplyTo"`
	References []string `json:"references"`
	// Date defaults to now.
	Date time.Time `json:"date" ts_type:"string"`
}
