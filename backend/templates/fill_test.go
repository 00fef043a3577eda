package templates

import (
	"slices"
	"strings"
	"testing"
)

func TestFill(t *testing.T) {
	tests := []struct {
		name        string
		tmpl        Template
		values      map[string]string
		wantSubject string
		wantText    string
		wantMissing []string
	}{
		{
			name:        "all values given",
			tmpl:        Template{Subject: "Order [Order Number]", Body: "Dear [Customer Name],\nthanks from [Store Name]."},
			values:      map[string]string{"Order Number": "A-17", "Customer Name": "Ann Lee", "Store Name": "Leaf & Co"},
			wantSubject: "Order A-17",
			wantText:    "Dear Ann Lee,\nthanks from Leaf & Co.",
		},
		{
			name:        "seed spellings take the canonical values",
			tmpl:        Template{Body: "[Insert Survey Link] / [discount code/coupon]"},
			values:      map[string]string{"Survey Link": "https://s.example/x", "Discount Code": "THANKS10"},
			wantText:    "https://s.example/x / THANKS10",
			wantMissing: nil,
		},
		{
			name:     "values may be keyed by another spelling",
			tmpl:     Template{Body: "Hi [Customer Name]"},
			values:   map[string]string{"customer name": "Bo"},
			wantText: "Hi Bo",
		},
		{
			name:        "missing and blank values are reported once, in order",
			tmpl:        Template{Subject: "[Order Number]", Body: "[Customer Name] [Tracking Number] [Customer Name]"},
			values:      map[string]string{"Customer Name": "  "},
			wantSubject: "[Order Number]",
			wantText:    "[Customer Name] [Tracking Number] [Customer Name]",
			wantMissing: []string{"Order Number", "Customer Name", "Tracking Number"},
		},
		{
			name:        "line breaks in a value become spaces in the subject only",
			tmpl:        Template{Subject: "About [Item Name]", Body: "[Specific Solution]"},
			values:      map[string]string{"Item Name": "Blue\nmug", "Specific Solution": "First.\nSecond."},
			wantSubject: "About Blue mug",
			wantText:    "First.\nSecond.",
		},
		{
			name:        "broken placeholders in an unvalidated template block sending",
			tmpl:        Template{Body: "Hi [Custmer Name] and [Order Number"},
			values:      map[string]string{"Order Number": "1"},
			wantText:    "Hi [Custmer Name] and [Order Number",
			wantMissing: []string{"[Custmer Name]", "[Order Number"},
		},
		{
			name:     "escaped and ordinary brackets stay text",
			tmpl:     Template{Body: "[[sic]] [#1042]"},
			wantText: "[sic] [#1042]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subject, text, _, missing := Fill(tc.tmpl, tc.values)
			if subject != tc.wantSubject {
				t.Errorf("subject = %q, want %q", subject, tc.wantSubject)
			}
			if text != tc.wantText {
				t.Errorf("text = %q, want %q", text, tc.wantText)
			}
			if !slices.Equal(missing, tc.wantMissing) {
				t.Errorf("missing = %q, want %q", missing, tc.wantMissing)
			}
		})
	}
}

func TestFillEscapesHTML(t *testing.T) {
	tmpl := Template{Body: "Dear [Customer Name],\n\nQ&A: 2 < 3 says <i>us</i>.\nSurvey: [Survey Link].\n\n\nBye"}
	_, text, html, missing := Fill(tmpl, map[string]string{
		"Customer Name": "<b>Zoë</b> \"O'Neil\"",
		"Survey Link":   "https://s.example/f?a=1&b=<2>",
	})
	if len(missing) != 0 {
		t.Fatalf("missing = %v", missing)
	}
	if !strings.Contains(text, "Dear <b>Zoë</b>") {
		t.Errorf("text should keep the value as is: %q", text)
	}
	for _, want := range []string{
		"<p>Dear &lt;b&gt;Zoë&lt;/b&gt; &#34;O&#39;Neil&#34;,</p>",
		"<p>Q&amp;A: 2 &lt; 3 says &lt;i&gt;us&lt;/i&gt;.<br>\nSurvey: ",
		`<a href="https://s.example/f?a=1&amp;b=">https://s.example/f?a=1&amp;b=</a>&lt;2&gt;.</p>`,
		"<p>Bye</p>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("html lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "<b>") || strings.Contains(html, "<i>") {
		t.Errorf("html lets markup through:\n%s", html)
	}
}

func TestTextToHTMLLinks(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"trailing period is not part of the link", "See https://a.example/x.", `See <a href="https://a.example/x">https://a.example/x</a>.`},
		{"link in parentheses", "(https://a.example/x)", `(<a href="https://a.example/x">https://a.example/x</a>)`},
		{"bare scheme is text", "http:// nothing", "http:// nothing"},
		{"word http is text", "httpd logs", "httpd logs"},
		{"two links", "http://a.example and https://b.example", `<a href="http://a.example">http://a.example</a> and <a href="https://b.example">https://b.example</a>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := TextToHTML(tc.text)
			if !strings.Contains(got, "<p>"+tc.want+"</p>") {
				t.Fatalf("got %s\nwant <p>%s</p>", got, tc.want)
			}
		})
	}
}

// benchTemplate is the largest built-in template with every value filled.
func benchTemplate() (Template, map[string]string) {
	d, _ := defaultFor("feedback")
	return d, map[string]string{
		"Customer Name": "Zoë <Zed> Adams", "Store Name": "Leaf & Co", "Your Name": "Sam",
		"Survey Link": "https://survey.example/s/abc?x=1&y=2", "Discount Code": "THANKS-10",
	}
}

func BenchmarkFill(b *testing.B) {
	tmpl, values := benchTemplate()
	b.ReportAllocs()
	for b.Loop() {
		Fill(tmpl, values)
	}
}
