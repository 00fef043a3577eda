package outbox

import "shopdesk/backend/limits"

// SnippetRunes is how much of a message's text a list row carries: lists
// go to the window without bodies, and Get has the whole message.
const SnippetRunes = 200

// Row is m as a list shows it: the text cut to a snippet (on whole
// characters), no HTML.
func Row(m Message) Message {
	m.Text, m.HTML = Snippet(m.Text), ""
	return m
}

// Snippet is the start of text, whitespace folded, at most SnippetRunes
// characters, never cut inside one.
func Snippet(text string) string { return limits.Snippet(text, SnippetRunes) }
