package playbooks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/limits"
	"shopdesk/backend/store"
)

// How a playbook came onto a ticket.
const (
	ByCategory = "category"
	ByHand     = "hand"
)

// TicketStep is a step as a ticket works it.
type TicketStep struct {
	Step
	Done   bool       `json:"done"`
	DoneAt *time.Time `json:"doneAt,omitempty" ts_type:"string"`
	DoneBy string     `json:"doneBy"`
	// Live is what the step's hint says now ("Order 1042 has shipped…");
	// filled in by the caller, which knows the orders.
	Live string `json:"live"`
	// ReplyID and ReplyName are the saved reply the step suggests, found
	// by Reply when read (0 when the shop deleted it).
	ReplyID   uint64 `json:"replyId"`
	ReplyName string `json:"replyName"`
}

// Change is one tick, untick or reason in a ticket's playbook history.
type Change struct {
	At     time.Time `json:"at" ts_type:"string"`
	ByID   uint64    `json:"byId"`
	By     string    `json:"by"`
	StepID uint64    `json:"stepId"` // 0 for a reason to close
	Done   bool      `json:"done"`
	Why    string    `json:"why,omitempty"`
}

// Attached is a playbook on a ticket: a copy of its steps from when the
// ticket began it, so later edits of the playbook do not rewrite the work.
type Attached struct {
	TicketID   uint64       `json:"ticketId"`
	PlaybookID uint64       `json:"playbookId"`
	Name       string       `json:"name"`
	Note       string       `json:"note"`
	How        string       `json:"how"`
	Steps      []TicketStep `json:"steps"`
	History    []Change     `json:"history"`
	// Why is the latest reason given for closing with required steps
	// unticked, and who gave it when.
	Why   string     `json:"why"`
	WhyBy string     `json:"whyBy"`
	WhyAt *time.Time `json:"whyAt,omitempty" ts_type:"string"`
	// Removed is a category's playbook taken off the ticket by hand: it
	// does not come back by itself.
	Removed bool `json:"removed"`
	// Kept is false for a category's playbook nobody has touched yet: it
	// is shown from the playbook as it is now and stored at the first tick.
	Kept bool `json:"kept"`
}

// Person is who ticks.
type Person struct {
	ID   uint64
	Name string
}

func attachedKey(ticket, playbook uint64) []byte {
	return store.Key(store.U64(ticket), store.U64(playbook))
}

func fresh(ticket uint64, p Playbook, how string) Attached {
	a := Attached{TicketID: ticket, PlaybookID: p.ID, Name: p.Name, Note: p.Note, How: how, History: []Change{}}
	for _, s := range p.Steps {
		a.Steps = append(a.Steps, TicketStep{Step: s})
	}
	return a
}

// ForTicket is the playbooks on a ticket: those kept for it, then the
// category's own when the ticket has not begun (or removed) it.
func ForTicket(tx *bolt.Tx, ticket uint64, category string) ([]Attached, error) {
	out := []Attached{}
	have := map[uint64]bool{}
	prefix := store.U64(ticket)
	c := tx.Bucket(store.BucketTicketPlaybooks).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var a Attached
		if err := json.Unmarshal(v, &a); err != nil {
			return nil, fmt.Errorf("read ticket %d's playbook: %w", ticket, err)
		}
		have[a.PlaybookID] = true
		if !a.Removed {
			out = append(out, a)
		}
	}
	p, ok, err := ForCategory(tx, category)
	if err != nil {
		return nil, err
	}
	if ok && !have[p.ID] {
		out = append(out, fresh(ticket, p, ByCategory))
	}
	return out, nil
}

func one(tx *bolt.Tx, ticket uint64, category string, playbook uint64) (Attached, error) {
	all, err := ForTicket(tx, ticket, category)
	if err != nil {
		return Attached{}, err
	}
	for _, a := range all {
		if a.PlaybookID == playbook {
			return a, nil
		}
	}
	return Attached{}, fmt.Errorf("that playbook is not on this ticket: reload the ticket")
}

func keep(tx *bolt.Tx, a *Attached) error {
	a.Kept = true
	for i := range a.Steps {
		a.Steps[i].Live, a.Steps[i].ReplyID, a.Steps[i].ReplyName = "", 0, ""
	}
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketTicketPlaybooks).Put(attachedKey(a.TicketID, a.PlaybookID), v)
}

// Attach puts a playbook on a ticket by hand (again, if it was removed).
func Attach(tx *bolt.Tx, ticket uint64, playbook uint64) (Attached, error) {
	p, err := Get(tx, playbook)
	if err != nil {
		return Attached{}, err
	}
	if v := tx.Bucket(store.BucketTicketPlaybooks).Get(attachedKey(ticket, playbook)); v != nil {
		var a Attached
		if err := json.Unmarshal(v, &a); err != nil {
			return a, err
		}
		if !a.Removed {
			return a, fmt.Errorf("the %s playbook is already on this ticket", p.Name)
		}
		a.Removed = false
		return a, keep(tx, &a)
	}
	a := fresh(ticket, p, ByHand)
	return a, keep(tx, &a)
}

// Remove takes a playbook off a ticket; what was ticked stays in the file.
func Remove(tx *bolt.Tx, ticket uint64, category string, playbook uint64) error {
	a, err := one(tx, ticket, category, playbook)
	if err != nil {
		return err
	}
	a.Removed = true
	return keep(tx, &a)
}

// Tick ticks (done) or unticks a step of a ticket's playbook.
func Tick(tx *bolt.Tx, by Person, ticket uint64, category string, playbook, step uint64, done bool, now time.Time) (Attached, error) {
	a, err := one(tx, ticket, category, playbook)
	if err != nil {
		return a, err
	}
	i := -1
	for j, s := range a.Steps {
		if s.ID == step {
			i = j
		}
	}
	if i < 0 {
		return a, fmt.Errorf("that step is not in the %s playbook on this ticket: reload the ticket", a.Name)
	}
	s := &a.Steps[i]
	at := now.UTC()
	if done {
		s.Done, s.DoneAt, s.DoneBy = true, &at, by.Name
	} else {
		s.Done, s.DoneAt, s.DoneBy = false, nil, ""
	}
	a.History = append(a.History, Change{At: at, ByID: by.ID, By: by.Name, StepID: step, Done: done})
	return a, keep(tx, &a)
}

// OpenStepsError is a close refused because required steps are unticked.
type OpenStepsError struct {
	Playbook string
	Steps    []string
}

func (e *OpenStepsError) Error() string {
	what := fmt.Sprintf("%d required steps", len(e.Steps))
	if len(e.Steps) == 1 {
		what = "a required step"
	}
	return fmt.Sprintf("%s of the %s playbook %s not ticked (%s): tick them, or say why you are closing without them",
		what, e.Playbook, map[bool]string{true: "is", false: "are"}[len(e.Steps) == 1], limits.Clip(strings.Join(e.Steps, " · "), 160))
}

// CheckClose refuses to close a ticket while a playbook on it has required
// steps unticked, unless why says why; the reason is then kept with each
// such playbook, with who gave it and when.
func CheckClose(tx *bolt.Tx, by Person, ticket uint64, category, why string, now time.Time) error {
	why = strings.TrimSpace(why)
	if len([]rune(why)) > MaxWhy {
		return fmt.Errorf("the reason is too long: keep it under %d characters", MaxWhy)
	}
	all, err := ForTicket(tx, ticket, category)
	if err != nil {
		return err
	}
	for _, a := range all {
		var open []string
		for _, s := range a.Steps {
			if s.Required && !s.Done {
				open = append(open, s.Title)
			}
		}
		if len(open) == 0 {
			continue
		}
		if why == "" {
			return &OpenStepsError{Playbook: a.Name, Steps: open}
		}
		at := now.UTC()
		a.Why, a.WhyBy, a.WhyAt = why, by.Name, &at
		a.History = append(a.History, Change{At: at, ByID: by.ID, By: by.Name, Why: why})
		if err := keep(tx, &a); err != nil {
			return err
		}
	}
	return nil
}

// DeleteTicket removes a ticket's playbooks, in the ticket's deletion.
func DeleteTicket(ticket uint64) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error { return deleteTicket(tx, ticket) }
}

func deleteTicket(tx *bolt.Tx, ticket uint64) error {
	prefix := store.U64(ticket)
	b := tx.Bucket(store.BucketTicketPlaybooks)
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
