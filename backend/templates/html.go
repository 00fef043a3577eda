package templates

import (
	"html"
	"strings"
)

// TextToHTML turns a plain-text message into the HTML alternative sent with
// it: everything is escaped, blank lines separate paragraphs, single line
// breaks become <br>, and http(s) links become clickable. It is also what
// the app uses for replies typed without a template.
func TextToHTML(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(text)*11/10 + 160)
	// Inline style: mail programs drop <style> blocks but keep this.
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n" +
		"<body style=\"font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2328;\">\n")
	for _, para := range paragraphs(text) {
		b.WriteString("<p>")
		for i, line := range para {
			if i > 0 {
				b.WriteString("<br>\n")
			}
			writeLine(&b, line)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// paragraphs splits text at blank lines (lines of only white space), dropping
// empty paragraphs.
func paragraphs(text string) [][]string {
	var (
		out  [][]string
		cur  []string
		rows = strings.Split(text, "\n")
	)
	for _, r := range rows {
		if strings.TrimSpace(r) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, r)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeLine escapes one line, turning http:// and https:// addresses into links.
func writeLine(b *strings.Builder, line string) {
	for {
		start := linkStart(line)
		if start < 0 {
			b.WriteString(html.EscapeString(line))
			return
		}
		end := start + strings.IndexAny(line[start:]+" ", " \t<>\"")
		url := strings.TrimRight(line[start:end], ".,;:!?'’\"")
		if strings.HasSuffix(url, ")") && !strings.Contains(url, "(") {
			url = strings.TrimRight(url, ")")
		}
		if len(url) <= len("https://") {
			b.WriteString(html.EscapeString(line[:start+len("http")]))
			line = line[start+len("http"):]
			continue
		}
		b.WriteString(html.EscapeString(line[:start]))
		esc := html.EscapeString(url)
		b.WriteString(`<a href="` + esc + `">` + esc + `</a>`)
		line = line[start+len(url):]
	}
}

// linkStart finds the first "http://" or "https://" in s, or -1.
func linkStart(s string) int {
	i := strings.Index(s, "http")
	for i >= 0 {
		if strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "http://") {
			return i
		}
		j := strings.Index(s[i+4:], "http")
		if j < 0 {
			return -1
		}
		i += 4 + j
	}
	return -1
}
