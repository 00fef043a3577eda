package summaries

import (
	"fmt"
	"strings"
	"time"

	"shopdesk/backend/money"
)

// Render is the summary as the seed's table, in plain text: what the
// email carries.
func Render(s Summary, loc *time.Location) string {
	day, _ := time.ParseInLocation("2006-01-02", s.Date, loc)
	f := s.Figures
	var b strings.Builder
	row := func(label, value string) { fmt.Fprintf(&b, "%-20s %s\n", label+":", value) }
	row("Date", day.Format("Monday 2 January 2006"))
	row("Prepared by", s.PreparedBy)
	row("Tickets received", fmt.Sprint(f.Received.Count))
	row("Tickets resolved", fmt.Sprint(f.Resolved.Count))
	row("Pending tickets", fmt.Sprint(f.Pending.Count))
	row("Refunds processed", RefundsText(f.Refunds))
	row("Escalations", fmt.Sprintf("%d opened, %d closed", f.EscalationsOpened.Count, f.EscalationsClosed.Count))
	row("Checklist tasks", TasksText(f.Tasks))
	b.WriteString("\nNotable issues:\n")
	b.WriteString(orNone(s.Notable))
	b.WriteString("\n\nTeam highlights:\n")
	b.WriteString(orNone(s.Highlights))
	b.WriteString("\n")
	if n := len(s.Edits); n > 0 {
		e := s.Edits[n-1]
		fmt.Fprintf(&b, "\n(Edited by %s, %s)\n", e.By, e.At.In(loc).Format("2 Jan 15:04"))
	}
	return b.String()
}

// RefundsText is "3 (120.00 USD)", totals per currency.
func RefundsText(r Refunds) string {
	if r.Count == 0 {
		return "0"
	}
	var parts []string
	for _, t := range r.Totals {
		parts = append(parts, money.Format(t.Amount, t.Currency))
	}
	return fmt.Sprintf("%d (%s)", r.Count, strings.Join(parts, " + "))
}

// TasksText is "18 of 20 done, 2 late, 1 skipped".
func TasksText(t Tasks) string {
	s := fmt.Sprintf("%d of %d done, %d late", t.Done, t.Counted, t.Late)
	if t.Skipped > 0 {
		s += fmt.Sprintf(", %d skipped", t.Skipped)
	}
	if t.Missing > 0 {
		s += fmt.Sprintf(", %d checklists not opened", t.Missing)
	}
	return s
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "None noted."
	}
	return s
}
