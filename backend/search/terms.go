package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTerm is the longest term indexed, in bytes; longer words are cut (at a
// character boundary, so a cut term may be a few bytes shorter).
const MaxTerm = 48

// stop words are too common to narrow a search; they are not indexed.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be but by for from has have hi hello i if in is it
		its me my no not of on or our so that the their them then there this to was we were will with you your
		thanks thank please can could would just im`) {
		stop[w] = true
	}
}

// Terms splits texts into the distinct terms to index. A compound word such
// as an email address or an order number ("ann@x.com", "A-1042") is kept
// whole as well as split into its letter-and-digit parts, so both the exact
// address and any part of it find the ticket.
func Terms(texts ...string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		t = trim(t)
		if t == "" || seen[t] || stop[t] || (len(t) == 1 && t[0] < '0' || len(t) == 1 && t[0] > '9') {
			return
		}
		seen[t] = true
		out = append(out, t)
	}
	for _, text := range texts {
		eachWord(text, func(compound string, parts []string) {
			if len(parts) > 1 {
				add(compound)
			}
			for _, p := range parts {
				add(p)
			}
		})
	}
	return out
}

// QueryTerms splits a typed query the way Terms splits text. Each entry is
// the alternatives for one word: the compound first, then its parts (used
// together when the compound itself was never indexed).
func QueryTerms(q string) [][]string {
	var out [][]string
	eachWord(q, func(compound string, parts []string) {
		var keep []string
		for _, p := range parts {
			if !stop[p] {
				keep = append(keep, trim(p))
			}
		}
		if len(keep) == 0 {
			return
		}
		if len(parts) > 1 {
			out = append(out, append([]string{trim(compound)}, keep...))
		} else {
			out = append(out, keep)
		}
	})
	return out
}

// trim cuts a term to MaxTerm bytes at a character boundary: a word is
// never cut inside a UTF-8 character.
func trim(t string) string {
	if len(t) <= MaxTerm {
		return t
	}
	i := MaxTerm
	for i > 0 && !utf8.RuneStart(t[i]) {
		i--
	}
	return t[:i]
}

func isPart(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joiners may sit inside a compound word but not at its ends.
func isJoiner(r rune) bool {
	return r == '@' || r == '.' || r == '-' || r == '_' || r == '+' || r == '#' || r == '/'
}

// eachWord calls fn for each whitespace-separated word, lower-cased and
// trimmed of joiners at its ends, with its letter-and-digit parts.
func eachWord(text string, fn func(compound string, parts []string)) {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isPart(r) && !isJoiner(r) }) {
		w = strings.TrimFunc(w, isJoiner)
		if w == "" {
			continue
		}
		parts := strings.FieldsFunc(w, func(r rune) bool { return !isPart(r) })
		if len(parts) == 0 {
			continue
		}
		fn(w, parts)
	}
}
