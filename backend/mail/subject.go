package mail

import (
	"strconv"
	"strings"
)

// TicketToken is the subject token that ties a message to a ticket: "[#1042]".
func TicketToken(number uint64) string {
	return "[#" + strconv.FormatUint(number, 10) + "]"
}

// SubjectWithTicket appends the ticket's token to subject unless it is
// already there: "Where is my order? [#1042]".
func SubjectWithTicket(subject string, number uint64) string {
	tok := TicketToken(number)
	subject = strings.TrimSpace(subject)
	if strings.Contains(subject, tok) {
		return subject
	}
	if subject == "" {
		return tok
	}
	return subject + " " + tok
}

// TicketFromSubject finds a ticket token in a subject and returns its number.
func TicketFromSubject(subject string) (uint64, bool) {
	for rest := subject; ; {
		i := strings.Index(rest, "[#")
		if i < 0 {
			return 0, false
		}
		rest = rest[i+2:]
		end := strings.IndexByte(rest, ']')
		if end > 0 {
			if n, err := strconv.ParseUint(rest[:end], 10, 64); err == nil && n > 0 {
				return n, true
			}
		}
	}
}

// ReplySubject prefixes "Re: " unless the subject already starts with it
// (in any case).
func ReplySubject(subject string) string {
	subject = strings.TrimSpace(subject)
	if len(subject) >= 3 && strings.EqualFold(subject[:3], "re:") {
		return subject
	}
	return "Re: " + subject
}
