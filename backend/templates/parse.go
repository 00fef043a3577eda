package templates

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is a piece of parsed template text: literal text, or a placeholder.
type segment struct {
	text string // literal text (brackets already unescaped)
	// For placeholders:
	ph      int    // index in Known, or -1 for literal text
	written string // as written, brackets included, e.g. "[Insert Survey Link]"
	bad     bool   // a broken or unknown placeholder; Fill reports it missing
}

// parse splits text into segments following the bracket rule in the package
// documentation. It always returns the segments it could make (broken
// placeholders become bad segments) together with every problem found.
func parse(field, text string) ([]segment, []*PlaceholderError) {
	var (
		segs []segment
		errs []*PlaceholderError
		lit  strings.Builder
	)
	flush := func() {
		if lit.Len() > 0 {
			segs = append(segs, segment{text: lit.String(), ph: -1})
			lit.Reset()
		}
	}
	for lineNo, line := range strings.SplitAfter(text, "\n") {
		depth := 0 // ordinary "[" opened on this line, like "[#1042"
		for i := 0; i < len(line); {
			switch c := line[i]; {
			case c == '[' && strings.HasPrefix(line[i:], "[["):
				lit.WriteByte('[')
				i += 2
			case c == ']' && strings.HasPrefix(line[i:], "]]"):
				lit.WriteByte(']')
				i += 2
			case c == '[':
				j := i + 1
				for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
					j++
				}
				r, _ := utf8.DecodeRuneInString(line[j:])
				switch {
				case j < len(line) && line[j] == ']':
					flush()
					written := line[i : j+1]
					errs = append(errs, problem(field, lineNo, line, i, written,
						fmt.Sprintf("empty brackets %s: put a placeholder name inside, like [Customer Name], or write [[]] to show brackets", written), ""))
					segs = append(segs, segment{ph: -1, written: written, bad: true})
					i = j + 1
				case j < len(line) && unicode.IsLetter(r):
					flush()
					seg, perr, next := placeholderAt(field, lineNo, line, i)
					segs = append(segs, seg)
					if perr != nil {
						errs = append(errs, perr)
					}
					i = next
				default:
					lit.WriteByte('[')
					depth++
					i++
				}
			case c == ']':
				if depth > 0 {
					lit.WriteByte(']')
					depth--
					i++
					continue
				}
				flush()
				errs = append(errs, strayClose(field, lineNo, line, i))
				segs = append(segs, segment{ph: -1, written: "]", bad: true})
				i++
			default:
				lit.WriteByte(c)
				i++
			}
		}
	}
	flush()
	return segs, errs
}

// placeholderAt reads the placeholder starting at line[i] == '['. It returns
// the segment, a problem if any, and where reading goes on.
func placeholderAt(field string, lineNo int, line string, i int) (segment, *PlaceholderError, int) {
	rest := line[i+1:]
	end := strings.IndexByte(rest, ']')
	open := strings.IndexByte(rest, '[')
	if end < 0 || (open >= 0 && open < end) {
		// No "]" before the line ends or before the next "[".
		stop := len(rest)
		if open >= 0 {
			stop = open
		}
		written := "[" + strings.TrimRight(rest[:stop], " \t\r\n")
		p := fmt.Sprintf("placeholder %s is not closed: add ] after the name", written)
		return segment{ph: -1, written: written, bad: true},
			problem(field, lineNo, line, i, written, p, ""), i + 1 + stop
	}
	written := line[i : i+end+2]
	name := rest[:end]
	if k, ok := byKey[normalize(name)]; ok {
		return segment{ph: k, written: written}, nil, i + end + 2
	}
	p := fmt.Sprintf("unknown placeholder %s", written)
	sugg := suggest(name)
	if sugg != "" {
		p += fmt.Sprintf(": did you mean [%s]?", sugg)
	} else {
		p += fmt.Sprintf(": pick one from the placeholder list, or write [%s] to show the brackets as text", written)
	}
	return segment{ph: -1, written: written, bad: true},
		problem(field, lineNo, line, i, written, p, sugg), i + end + 2
}

// strayClose explains a "]" that closes nothing, naming the placeholder it
// probably belonged to when the words before it make one.
func strayClose(field string, lineNo int, line string, i int) *PlaceholderError {
	words := strings.Fields(line[:i])
	for n := min(4, len(words)); n >= 1; n-- {
		name := strings.Join(words[len(words)-n:], " ")
		if p, ok := Lookup(name); ok {
			msg := fmt.Sprintf("%s] has no opening bracket: write [%s]", name, p.Name)
			return problem(field, lineNo, line, i, "]", msg, p.Name)
		}
	}
	return problem(field, lineNo, line, i, "]",
		"] without a matching [: write the placeholder as [Customer Name], or write ]] to show a bracket", "")
}

func problem(field string, lineNo int, line string, byteCol int, written, msg, sugg string) *PlaceholderError {
	return &PlaceholderError{
		Field:      field,
		Line:       lineNo + 1,
		Column:     utf8.RuneCountInString(line[:byteCol]) + 1,
		Text:       written,
		Problem:    msg,
		Suggestion: sugg,
	}
}
