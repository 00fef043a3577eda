package returns

// The seed's "Refund and Return Processing Checklist", word for word, and
// the transitions that tick each step.
var checklist = []struct {
	text, note string
	by         []string // event kinds that do the step
}{
	{"Verify the order details in the CRM.", "Confirm the product, price, and date of purchase.", []string{"created"}},
	{"Check the return policy (e.g., timeframe, condition of the item).", "Ensure the item is eligible for return.", []string{string(Approve), string(Reject)}},
	{"Issue a return shipping label to the customer.", "Email or attach via the order portal.", []string{string(Approve)}},
	{"Process the refund once the item is received and inspected.", "Update the customer on the status.", []string{string(DoRefund), string(Exchange), string(Credit)}},
	{"Document the return in the system (reason, resolution, timeline).", "Track trends in return reasons.", []string{string(Close)}},
}

// steps is the checklist of r, each step ticked with the time and person
// of the transition that did it.
func steps(r Request) []Step {
	out := make([]Step, len(checklist))
	for i, c := range checklist {
		out[i] = Step{Text: c.text, Note: c.note}
		for _, e := range r.Events {
			for _, kind := range c.by {
				if e.Kind == kind && !out[i].Done {
					at := e.At
					out[i].Done, out[i].At, out[i].By = true, &at, e.By
				}
			}
		}
	}
	return out
}
