package replies

import (
	"strings"

	"shopdesk/backend/templates"
)

// NearMissError refuses a reply with bracketed text that is almost a
// placeholder ("[Custmer Name]"): the customer would read it as typed.
type NearMissError struct {
	Near []templates.NearMiss
}

func (e *NearMissError) Error() string {
	parts := make([]string, len(e.Near))
	for i, n := range e.Near {
		parts[i] = n.String()
	}
	return strings.Join(parts, " ") + " Correct it before sending: the reply was not sent"
}
