package templates

import "strings"

// Fill puts values into a template. values is keyed by the canonical
// placeholder name ("Customer Name"); other spellings Lookup accepts work
// too. It returns the subject (line breaks in values become spaces), the
// plain-text body, the same body as HTML (see TextToHTML: template text and
// values are both escaped), and the placeholders left unfilled.
//
// A placeholder with no value, or only white space, is listed in missing by
// its canonical name, once, in reading order; a broken or unknown one (in a
// template that was never validated) is listed as written. The caller must
// not send a message while missing is not empty; the filled texts then keep
// those placeholders as written so the owner can see where they are.
func Fill(t Template, values map[string]string) (subject, text, html string, missing []string) {
	f := filler{values: values}
	subject = f.fill(t.Subject, true)
	text = f.fill(t.Body, false)
	return subject, text, TextToHTML(text), f.missing
}

type filler struct {
	values  map[string]string
	missing []string
}

func (f *filler) fill(tmpl string, oneLine bool) string {
	if tmpl == "" {
		return ""
	}
	segs, _ := parse("", tmpl)
	var b strings.Builder
	b.Grow(len(tmpl) + 64)
	for _, s := range segs {
		switch {
		case s.ph < 0 && !s.bad:
			b.WriteString(s.text)
		case s.bad:
			f.miss(s.written)
			b.WriteString(s.written)
		default:
			v, ok := f.value(s.ph)
			if !ok {
				f.miss(Known[s.ph].Name)
				b.WriteString(s.written)
				continue
			}
			if oneLine {
				v = strings.Join(strings.Fields(v), " ")
			}
			b.WriteString(v)
		}
	}
	return b.String()
}

// value finds the value for Known[i]: under its canonical name, else under
// any key that Lookup maps to the same placeholder.
func (f *filler) value(i int) (string, bool) {
	v, ok := f.values[Known[i].Name]
	if !ok {
		for k, kv := range f.values {
			if j, found := byKey[normalize(k)]; found && j == i {
				v, ok = kv, true
				break
			}
		}
	}
	if !ok || strings.TrimSpace(v) == "" {
		return "", false
	}
	return strings.TrimSpace(v), true
}

func (f *filler) miss(name string) {
	for _, m := range f.missing {
		if m == name {
			return
		}
	}
	f.missing = append(f.missing, name)
}
