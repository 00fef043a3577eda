package templates

import (
	"fmt"
	"regexp"
	"strings"
)

// A rep's own reply is free text: brackets in it are mostly ordinary words
// ("see [Order] history", "[sic]"). Only a placeholder's name, or a
// multi-word spelling of it, counts as a placeholder there; the one-word
// aliases the template editor accepts ("[Order]", "[Item]") are left as
// written.

var bracketed = regexp.MustCompile(`\[([^\[\]\n]{1,60})\]`)

// replyKeys maps the spellings that count in a reply to their index in Known.
var replyKeys = func() map[string]int {
	m := make(map[string]int)
	for i, p := range Known {
		m[normalize(p.Name)] = i
		for _, a := range p.Aliases {
			if k := normalize(a); strings.Contains(k, " ") {
				m[k] = i
			}
		}
	}
	return m
}()

// NearMiss is bracketed text in a reply that is almost a placeholder's
// name, like "[Custmer Name]": sent as typed, the customer would read it.
type NearMiss struct {
	Written    string `json:"written"`    // as typed, brackets included
	Suggestion string `json:"suggestion"` // the placeholder meant, without brackets
}

func (n NearMiss) String() string {
	return fmt.Sprintf("%s: did you mean [%s]?", n.Written, n.Suggestion)
}

// CheckReply reads a reply a rep wrote: the known placeholders still in it
// (canonical names, each once, in reading order) and the near misses.
func CheckReply(text string) (unfilled []string, near []NearMiss) {
	seen := make(map[string]bool)
	for _, m := range bracketed.FindAllStringSubmatch(text, -1) {
		if i, ok := replyKeys[normalize(m[1])]; ok {
			if name := Known[i].Name; !seen[name] {
				seen[name] = true
				unfilled = append(unfilled, name)
			}
			continue
		}
		if s := suggestInReply(m[1]); s != "" && !seen[m[0]] {
			seen[m[0]] = true
			near = append(near, NearMiss{Written: m[0], Suggestion: s})
		}
	}
	return unfilled, near
}

// suggestInReply is suggest for free text: it compares with the spellings
// that count in a reply only, and needs a few letters, so a short word in
// brackets is never taken for a typo.
func suggestInReply(name string) string {
	n := normalize(name)
	if len([]rune(n)) < 5 {
		return ""
	}
	best, bestDist := -1, 0
	for key, i := range replyKeys {
		d := editDistance(n, key)
		if best < 0 || d < bestDist || (d == bestDist && i < best) {
			best, bestDist = i, d
		}
	}
	// One slip per five letters: "[Custmer Name]" is caught, "[Orders]" is a word.
	if best < 0 || bestDist == 0 || bestDist > min(3, max(1, len([]rune(n))/5)) {
		return ""
	}
	return Known[best].Name
}
