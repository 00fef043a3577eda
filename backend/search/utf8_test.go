package search_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"shopdesk/backend/search"
)

// TestALongWordIsNeverCutInsideACharacter indexes words longer than
// MaxTerm whose cut falls inside a multibyte character, and finds them
// again by the same word typed in the search box.
func TestALongWordIsNeverCutInsideACharacter(t *testing.T) {
	for pad := range 4 {
		word := strings.Repeat("a", pad) + strings.Repeat("grüße", 12)
		terms := search.Terms("Grüße 🙂 " + word)
		for _, term := range terms {
			if !utf8.ValidString(term) || len(term) > search.MaxTerm {
				t.Errorf("pad %d: term %q is cut inside a character or too long", pad, term)
			}
		}
		q := search.QueryTerms(word)
		if len(q) != 1 || !contains(terms, q[0][0]) {
			t.Errorf("pad %d: the typed word %v does not find the indexed terms %v", pad, q, terms)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
