package templates

import (
	"errors"
	"strings"
	"unicode/utf8"

	"shopdesk/backend/limits"
)

// Validate checks a template before it is saved. It returns nil, or all the
// problems found joined in one error: field errors first (ErrNoName …), then
// one *PlaceholderError per bracket problem, in reading order.
func Validate(t Template) error {
	var errs []error
	switch name := strings.TrimSpace(t.Name); {
	case name == "":
		errs = append(errs, ErrNoName)
	case utf8.RuneCountInString(name) > MaxNameLen:
		errs = append(errs, ErrNameTooLong)
	}
	if categoryRank(t.Category) < 0 {
		errs = append(errs, ErrCategory)
	}
	if t.Channel != ChannelEmail && t.Channel != ChannelClipboard {
		errs = append(errs, ErrChannel)
	}
	if strings.ContainsAny(t.Subject, "\r\n") {
		errs = append(errs, ErrSubjectLines)
	} else if utf8.RuneCountInString(t.Subject) > MaxSubjectLen {
		errs = append(errs, ErrSubjectTooLong)
	} else if err := limits.Line("the subject", t.Subject); err != nil {
		errs = append(errs, err)
	}
	if strings.TrimSpace(t.Body) == "" {
		errs = append(errs, ErrNoBody)
	} else if len(t.Body) > limits.TemplateBody {
		errs = append(errs, ErrBodyTooLong)
	} else if err := limits.Body("the template body", t.Body); err != nil {
		errs = append(errs, err)
	}
	if err := limits.Line("the template name", t.Name); err != nil {
		errs = append(errs, err)
	}
	for _, p := range Check(t) {
		errs = append(errs, p)
	}
	return errors.Join(errs...)
}

// Check returns every bracket problem in the subject and body, in reading
// order, or nil when all placeholders are known and well formed.
func Check(t Template) []*PlaceholderError {
	_, subj := parse(FieldSubject, t.Subject)
	_, body := parse(FieldBody, t.Body)
	return append(subj, body...)
}

// Uses lists the known placeholders a template uses, subject first, each
// once. The app fills the automatic ones and asks for the SourceAsk ones.
func Uses(t Template) []Placeholder {
	var out []Placeholder
	seen := make(map[int]bool)
	for _, text := range []string{t.Subject, t.Body} {
		segs, _ := parse("", text)
		for _, s := range segs {
			if s.ph >= 0 && !seen[s.ph] {
				seen[s.ph] = true
				out = append(out, Known[s.ph])
			}
		}
	}
	return out
}
