package templates

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckAcceptsWellFormedText(t *testing.T) {
	tests := []struct{ name, body string }{
		{"plain text", "Thanks for your order!"},
		{"known placeholders", "Dear [Customer Name], your order [Order Number] ships today."},
		{"any case and spacing", "Hi [first   name], from [STORE NAME]"},
		{"seed spellings", "Survey: [Insert Survey Link]. Code: [discount code/coupon]."},
		{"spaces inside brackets", "Hi [ Customer Name ]"},
		{"ticket token is text", "Re: your question [#1042]"},
		{"numbered note is text", "See note [1] below, or [2]."},
		{"escaped brackets", "He wrote [[sic]] and ]]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if errs := Check(Template{Body: tc.body}); len(errs) != 0 {
				t.Fatalf("Check(%q) = %v, want no problems", tc.body, errs[0])
			}
		})
	}
}

func TestCheckNamesThePlaceOfEachProblem(t *testing.T) {
	tests := []struct {
		name    string
		subject string
		body    string
		want    string // first problem, as shown to the owner
	}{
		{
			name: "typo gets a suggestion",
			body: "Hello,\n\nThanks!\nDear Ms [Custmer Name], hi",
			want: "body line 4, column 9: unknown placeholder [Custmer Name]: did you mean [Customer Name]?",
		},
		{
			name: "unknown name without a near match",
			body: "Your [Favourite Colour] is ready",
			want: "body line 1, column 6: unknown placeholder [Favourite Colour]: pick one from the placeholder list, or write [[Favourite Colour]] to show the brackets as text",
		},
		{
			name: "missing closing bracket",
			body: "Dear [Customer Name,\nthanks",
			want: "body line 1, column 6: placeholder [Customer Name, is not closed: add ] after the name",
		},
		{
			name: "missing closing bracket before the next placeholder",
			body: "Dear [Customer Name your order [Order Number]",
			want: "body line 1, column 6: placeholder [Customer Name your order is not closed: add ] after the name",
		},
		{
			name: "missing opening bracket",
			body: "Dear Customer Name], thanks",
			want: "body line 1, column 19: Customer Name] has no opening bracket: write [Customer Name]",
		},
		{
			name: "stray closing bracket",
			body: "Thanks :-]",
			want: "body line 1, column 10: ] without a matching [: write the placeholder as [Customer Name], or write ]] to show a bracket",
		},
		{
			name: "empty brackets",
			body: "Hi []",
			want: "body line 1, column 4: empty brackets []: put a placeholder name inside, like [Customer Name], or write [[]] to show brackets",
		},
		{
			name:    "problem in the subject",
			subject: "Your ordr [Order Numbr]",
			body:    "ok",
			want:    "subject, column 11: unknown placeholder [Order Numbr]: did you mean [Order Number]?",
		},
		{
			name: "columns count characters, not bytes",
			body: "Zoë, ünïcödé [Custmer Name]",
			want: "body line 1, column 14: unknown placeholder [Custmer Name]: did you mean [Customer Name]?",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			errs := Check(Template{Subject: tc.subject, Body: tc.body})
			if len(errs) == 0 {
				t.Fatalf("Check found nothing, want %q", tc.want)
			}
			if got := errs[0].Error(); got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	err := Validate(Template{
		Name:     " ",
		Category: "nonsense",
		Channel:  "fax",
		Subject:  "two\nlines",
		Body:     "Hi [Custmer Name] and [Ordr Number]",
	})
	for _, want := range []error{ErrNoName, ErrCategory, ErrChannel, ErrSubjectLines} {
		if !errors.Is(err, want) {
			t.Errorf("Validate error lacks %q", want)
		}
	}
	var pe *PlaceholderError
	if !errors.As(err, &pe) || pe.Suggestion != "Customer Name" || pe.Field != FieldBody || pe.Line != 1 || pe.Column != 4 {
		t.Errorf("first placeholder problem = %+v", pe)
	}
	if n := strings.Count(err.Error(), "unknown placeholder"); n != 2 {
		t.Errorf("want both unknown placeholders reported, got %d in:\n%v", n, err)
	}
}

func TestEveryBuiltInTemplateIsValid(t *testing.T) {
	for _, d := range Defaults() {
		if err := Validate(d); err != nil {
			t.Errorf("%s: %v", d.Name, err)
		}
	}
}

func TestUsesListsEachPlaceholderOnce(t *testing.T) {
	got := Uses(Template{Subject: "[Order Number]", Body: "[Customer Name] [order number] [Survey Link] [Bogus]"})
	var names []string
	for _, p := range got {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Order Number,Customer Name,Survey Link" {
		t.Fatalf("Uses = %v", names)
	}
}
