package templates

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound is returned by Get, Update, Delete and RestoreDefault when
	// no template has the given ID.
	ErrNotFound = errors.New("template not found: it may have been deleted; reload the list")

	// ErrConflict is returned by Update when the template was saved by
	// someone else after the caller read it (its Version moved on).
	ErrConflict = errors.New("this template was changed elsewhere after you opened it: reload it and make your change again")

	// ErrNoName is returned by Validate when the name is empty.
	ErrNoName = errors.New("the template has no name: type a name so you can find it later")

	// ErrNameTooLong is returned by Validate when the name is over MaxNameLen characters.
	ErrNameTooLong = errors.New("the template name is too long: keep it under 100 characters")

	// ErrNoBody is returned by Validate when the body is empty.
	ErrNoBody = errors.New("the template has no text: write the reply in the body")

	// ErrBodyTooLong is returned by Validate when the body is over limits.TemplateBody bytes.
	ErrBodyTooLong = errors.New("the template is too long: keep its text under 50 KB")

	// ErrCategory is returned by Validate when the category is not one of Categories.
	ErrCategory = errors.New("unknown template category: pick one from the list")

	// ErrChannel is returned by Validate when the channel is not ChannelEmail or ChannelClipboard.
	ErrChannel = errors.New(`unknown channel: choose "email" or "clipboard"`)

	// ErrSubjectLines is returned by Validate when the subject has a line break.
	ErrSubjectLines = errors.New("the subject must be a single line: remove the line breaks")

	// ErrSubjectTooLong is returned by Validate when the subject is over MaxSubjectLen characters.
	ErrSubjectTooLong = errors.New("the subject is too long: keep it under 200 characters")

	// ErrNotBuiltIn is returned by RestoreDefault for a template the owner
	// wrote: there is no original to go back to.
	ErrNotBuiltIn = errors.New("this template is not a built-in one, so there is no default text to restore")
)

// PlaceholderError names one bracket problem in a template, with its place.
// Validate and Check return one per problem; errors.As finds the first.
type PlaceholderError struct {
	Field  string `json:"field"`  // FieldSubject or FieldBody
	Line   int    `json:"line"`   // 1-based
	Column int    `json:"column"` // 1-based, in characters
	Text   string `json:"text"`   // what was written, e.g. "[Custmer Name]"
	// Problem says what is wrong and what to do, e.g.
	// "unknown placeholder [Custmer Name]: did you mean [Customer Name]?".
	Problem string `json:"problem"`
	// Suggestion is the known placeholder that was probably meant, if any.
	Suggestion string `json:"suggestion,omitempty"`
}

// Fields a PlaceholderError can name.
const (
	FieldSubject = "subject"
	FieldBody    = "body"
)

func (e *PlaceholderError) Error() string {
	if e.Field == FieldSubject {
		return fmt.Sprintf("subject, column %d: %s", e.Column, e.Problem)
	}
	return fmt.Sprintf("%s line %d, column %d: %s", e.Field, e.Line, e.Column, e.Problem)
}
