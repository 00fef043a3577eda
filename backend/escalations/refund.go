package escalations

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/customers"
	"shopdesk/backend/money"
	"shopdesk/backend/returns"
	"shopdesk/backend/tickets"
)

// followRefund keeps a return request's "refund above limit" escalation in
// step with the request: opened (steps 1 and 2) when it comes to wait for
// the owner's money decision, closed with that decision when it no longer
// does. The return request stays where the decision is made; this is how
// the manager hears of it and how it shows among the escalations.
func followRefund(tx *bolt.Tx, by returns.Person, r returns.Request, why string, now time.Time) (notice, error) {
	cur, ok, err := openForReturn(tx, r.ID)
	if err != nil {
		return false, err
	}
	switch {
	case why != "" && ok:
		if cur.Text == why {
			return false, nil
		}
		old := cur
		cur.Text = why
		return false, put(tx, &old, &cur)
	case why != "" && by.Owner:
		// The owner's own request: nobody to escalate it to.
		return false, nil
	case why != "":
		cu, err := customers.Get(tx, r.CustomerID)
		if err != nil {
			return false, err
		}
		e := Escalation{ReturnID: r.ID, TicketID: r.TicketID, Subject: fmt.Sprintf("Return R-%d", r.Number), Customer: cu.Name,
			OrderNumber: r.OrderNumber, Reason: RefundAboveLimit, Text: why, FrontlineID: by.ID, Frontline: by.Name, OpenedAt: now}
		if r.TicketID != 0 {
			if t, err := tickets.Get(tx, r.TicketID); err == nil {
				e.TicketNumber = t.Number
			}
		}
		e.Details = "Waiting for the owner: " + why
		e.Steps = []Done{{Step: Identified, At: now, ByID: by.ID, By: by.Name, Note: e.Details}}
		e.Step = Identified
		mailed, err := notify(tx, &e, now)
		if err != nil {
			return false, err
		}
		return mailed, put(tx, nil, &e)
	case ok && (r.State == returns.Approved || r.State == returns.Received):
		// Approved by the owner: the refund itself still waits for the
		// item, and for the owner once it is inspected.
		if cur.Step >= Investigated {
			return false, nil
		}
		old := cur
		cur.Steps = append(cur.Steps, Done{Step: Investigated, At: now, ByID: by.ID, By: by.Name, Note: decision(by, r) + "; the refund follows once the item is back"})
		cur.Step = Investigated
		return false, put(tx, &old, &cur)
	case ok:
		old := cur
		at := now
		cur.Outcome, cur.Satisfied, cur.ClosedAt = decision(by, r), r.State != returns.Rejected, &at
		cur.Steps = append(cur.Steps, Done{Step: Closed, At: now, ByID: by.ID, By: by.Name, Note: cur.Outcome})
		cur.Step = Closed
		return false, put(tx, &old, &cur)
	}
	return false, nil
}

// decision is what became of the refund, as the closing outcome.
func decision(by returns.Person, r returns.Request) string {
	switch {
	case r.Refund != nil:
		return fmt.Sprintf("%s refunded %s", by.Name, money.Format(r.Refund.Amount, r.Refund.Currency))
	case r.State == returns.Approved:
		return by.Name + " approved the return"
	case r.State == returns.Rejected:
		return by.Name + " rejected the return"
	case r.State == returns.Cancelled:
		return "The return was cancelled"
	}
	return fmt.Sprintf("The return is now %s: the refund no longer waits for the owner", r.State)
}
