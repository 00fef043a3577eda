package escalations

import (
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/outbox"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// NewEscalation is what the frontline rep logs (steps 1 and 2).
type NewEscalation struct {
	Reason  Reason `json:"reason"`
	Text    string `json:"text"`    // what the reason is, for Other
	Details string `json:"details"` // everything the manager should know
}

// Investigation is the manager's step 3.
type Investigation struct {
	ETA       time.Time `json:"eta" ts_type:"string"`
	Contacted string    `json:"contacted"` // warehouse, finance, the carrier…
	Note      string    `json:"note"`
}

// Closing is the frontline rep's step 5.
type Closing struct {
	Outcome   string `json:"outcome"`
	Satisfied bool   `json:"satisfied"`
	// Why is passed on to the ticket: the reason for leaving a playbook's
	// required steps unticked, if any are.
	Why string `json:"why"`
}

func (in NewEscalation) clean() (NewEscalation, error) {
	if in.Reason == "" {
		return in, fmt.Errorf("say why this ticket needs escalating: fraud, a repeated complaint, a VIP customer, a refund above the limit, or another reason")
	}
	if !slices.Contains(Reasons, in.Reason) {
		return in, fmt.Errorf("%q is not a reason Shopdesk knows: pick fraud, repeated complaint, VIP, refund above limit or other", in.Reason)
	}
	var err error
	need := ""
	if in.Reason == Other {
		need = "say what the reason is: with \"other\", a few words are needed"
	}
	if in.Text, err = text("the reason", in.Text, MaxText, need); err != nil {
		return in, err
	}
	if in.Details, err = text("the details", in.Details, MaxDetails, ""); err != nil {
		return in, err
	}
	return in, nil
}

// notice is an email for the manager, queued in the same write.
type notice bool

// open logs a new escalation of t (steps 1 and 2): the manager is told in
// the app, and by email when the owner asked for that.
func open(tx *bolt.Tx, by Person, t tickets.Ticket, in NewEscalation, now time.Time) (Escalation, notice, error) {
	in, err := in.clean()
	if err != nil {
		return Escalation{}, false, err
	}
	if cur, ok, err := openFor(tx, t.ID); err != nil {
		return cur, false, err
	} else if ok {
		return cur, false, fmt.Errorf("ticket #%d is already escalated (step %d of 5, %s): work that escalation instead", t.Number, cur.Step, strings.ToLower(StepNames[cur.Step]))
	}
	cu, err := customers.Get(tx, t.CustomerID)
	if err != nil {
		return Escalation{}, false, err
	}
	e := Escalation{TicketID: t.ID, TicketNumber: t.Number, Subject: t.Subject, Customer: cu.Name, OrderNumber: t.OrderNumber,
		Reason: in.Reason, Text: in.Text, Details: in.Details, FrontlineID: by.ID, Frontline: by.Name, OpenedAt: now}
	e.Steps = []Done{{Step: Identified, At: now, ByID: by.ID, By: by.Name, Note: in.Details}}
	e.Step = Identified
	mailed, err := notify(tx, &e, now)
	if err != nil {
		return e, false, err
	}
	return e, mailed, put(tx, nil, &e)
}

// notify does step 2: it names the manager on e and queues their email.
func notify(tx *bolt.Tx, e *Escalation, now time.Time) (notice, error) {
	st, err := GetSettings(tx)
	if err != nil {
		return false, err
	}
	var m users.Person
	if st.ManagerID != 0 {
		m, err = users.Find(tx, st.ManagerID)
	}
	if st.ManagerID == 0 || err != nil || !m.Active {
		if m, err = users.FirstOwner(tx); err != nil {
			return false, fmt.Errorf("nobody can take the escalation: the shop has no active owner")
		}
	}
	e.ManagerID, e.Manager = m.ID, m.Name
	note := m.Name + " was told in Shopdesk"
	if st.Email && m.Email != "" {
		_, err := outbox.Enqueue(tx, outbox.Message{TicketID: e.TicketID, To: m.Email, ToName: m.Name,
			Subject: fmt.Sprintf("Escalated: %s (%s)", e.title(), e.ReasonText()), Text: e.managerEmail()})
		if err != nil {
			return false, fmt.Errorf("email %s about the escalation: %w", m.Name, err)
		}
		e.Emailed = true
		note += " and by email to " + m.Email
	}
	e.Steps = append(e.Steps, Done{Step: Notified, At: now, ByID: e.FrontlineID, By: e.Frontline, Note: note})
	e.Step = Notified
	return notice(e.Emailed), nil
}

func (e Escalation) title() string {
	if e.TicketNumber != 0 {
		return fmt.Sprintf("#%d %s", e.TicketNumber, e.Subject)
	}
	return e.Subject
}

// ReasonText is the reason as people read it.
func (e Escalation) ReasonText() string {
	names := map[Reason]string{Fraud: "fraud", RepeatedComplaint: "repeated complaint", VIP: "VIP customer", RefundAboveLimit: "refund above limit"}
	if e.Reason == Other || names[e.Reason] == "" {
		return e.Text
	}
	return names[e.Reason]
}

func (e Escalation) managerEmail() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s escalated %s to you.\n\n", e.Frontline, e.title())
	fmt.Fprintf(&b, "Reason: %s\n", e.ReasonText())
	if e.Customer != "" {
		fmt.Fprintf(&b, "Customer: %s\n", e.Customer)
	}
	if e.OrderNumber != "" {
		fmt.Fprintf(&b, "Order: %s\n", e.OrderNumber)
	}
	if e.Details != "" {
		fmt.Fprintf(&b, "\n%s\n", e.Details)
	}
	b.WriteString("\nOpen Shopdesk to investigate it and record when it will be resolved.\n")
	return b.String()
}

// working reads an open escalation for a step, at the version the person saw.
func working(tx *bolt.Tx, id, version uint64) (Escalation, error) {
	e, err := Get(tx, id)
	if err != nil {
		return e, err
	}
	if e.Version != version {
		return e, ErrConflict
	}
	if !e.Open() {
		return e, fmt.Errorf("this escalation was closed: %s", e.Outcome)
	}
	return e, nil
}

func (st Settings) mayManage(e Escalation, p Person) error {
	if p.Owner || p.ID == e.ManagerID || (st.ManagerID != 0 && p.ID == st.ManagerID) {
		return nil
	}
	return fmt.Errorf("only %s, the manager on this escalation, or the owner can do this step: ask them", e.Manager)
}

// investigate records step 3 (again, to move the estimate).
func investigate(tx *bolt.Tx, by Person, id, version uint64, in Investigation, now time.Time) (Escalation, error) {
	e, err := working(tx, id, version)
	if err != nil {
		return e, err
	}
	st, err := GetSettings(tx)
	if err != nil {
		return e, err
	}
	if err := st.mayManage(e, by); err != nil {
		return e, err
	}
	if e.ReturnID != 0 {
		return e, fmt.Errorf("this refund is decided on its return request: approve or refund it there")
	}
	if in.ETA.IsZero() {
		return e, fmt.Errorf("give an estimated resolution time: the customer update tells them when to expect it")
	}
	if !in.ETA.After(now) {
		return e, fmt.Errorf("the estimated resolution time is in the past: give a time still to come")
	}
	if in.Contacted, err = text("who you contacted", in.Contacted, MaxText, "say who you contacted (warehouse, finance, the carrier…), or \"nobody\""); err != nil {
		return e, err
	}
	if in.Note, err = text("the note", in.Note, MaxDetails, ""); err != nil {
		return e, err
	}
	old := e
	eta := in.ETA.UTC()
	e.ETA, e.Contacted = &eta, in.Contacted
	note := "Contacted " + in.Contacted + "; expected by " + eta.Format(time.RFC3339)
	if in.Note != "" {
		note += ". " + in.Note
	}
	e.Steps = append(e.Steps, Done{Step: Investigated, At: now, ByID: by.ID, By: by.Name, Note: note})
	e.Step = max(e.Step, Investigated)
	return e, put(tx, &old, &e)
}

// communicated records step 4, in the write that adds the reply.
func communicated(tx *bolt.Tx, by Person, id, version uint64, note string, now time.Time) (Escalation, error) {
	e, err := working(tx, id, version)
	if err != nil {
		return e, err
	}
	if err := mayCommunicate(tx, e, by); err != nil {
		return e, err
	}
	old := e
	e.Steps = append(e.Steps, Done{Step: Communicated, At: now, ByID: by.ID, By: by.Name, Note: note})
	e.Step = max(e.Step, Communicated)
	return e, put(tx, &old, &e)
}

func mayCommunicate(tx *bolt.Tx, e Escalation, by Person) error {
	st, err := GetSettings(tx)
	if err != nil {
		return err
	}
	if err := st.mayManage(e, by); err != nil {
		return err
	}
	if e.Step < Investigated {
		return fmt.Errorf("investigate first: record the estimated resolution time that the update gives the customer")
	}
	if e.ReturnID != 0 || e.TicketID == 0 {
		return fmt.Errorf("this refund is decided on its return request, and its emails tell the customer")
	}
	return nil
}

// closeCase records step 5 with the final outcome.
func closeCase(tx *bolt.Tx, by Person, assignee, id, version uint64, in Closing, now time.Time) (Escalation, error) {
	e, err := working(tx, id, version)
	if err != nil {
		return e, err
	}
	if !by.Owner && by.ID != e.FrontlineID && (assignee == 0 || by.ID != assignee) {
		return e, fmt.Errorf("only %s, who escalated it, the ticket's assignee or the owner can close this escalation", e.Frontline)
	}
	if e.Step < Communicated {
		return e, fmt.Errorf("update the customer first (step 4): then close the case with its outcome")
	}
	if in.Outcome, err = text("the outcome", in.Outcome, MaxOutcome, "write the final outcome: what was done, and how the customer took it"); err != nil {
		return e, err
	}
	old := e
	at := now
	e.Outcome, e.Satisfied, e.ClosedAt = in.Outcome, in.Satisfied, &at
	note := in.Outcome
	if in.Satisfied {
		note += " (customer satisfied)"
	}
	e.Steps = append(e.Steps, Done{Step: Closed, At: now, ByID: by.ID, By: by.Name, Note: note})
	e.Step = Closed
	return e, put(tx, &old, &e)
}

// refuseClose keeps an escalated ticket open until its case is closed.
func refuseClose(tx *bolt.Tx, t tickets.Ticket) error {
	e, ok, err := openFor(tx, t.ID)
	if err != nil || !ok {
		return err
	}
	return fmt.Errorf("ticket #%d is escalated (step %d of 5, %s): close the escalation with its outcome, and the ticket is resolved with it", t.Number, e.Step, strings.ToLower(StepNames[e.Step]))
}
