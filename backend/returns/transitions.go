package returns

import (
	"fmt"
	"slices"
)

// moves is the state machine: from each state, the actions allowed and
// where each leads. Everything not listed is refused with a message that
// says what must happen first (see mustFirst).
var moves = map[State]map[ActionKind]State{
	Requested: {Approve: Approved, Reject: Rejected, Cancel: Cancelled},
	Approved:  {Receive: Received, Cancel: Cancelled},
	Received:  {Inspect: Inspected, Cancel: Cancelled},
	Inspected: {DoRefund: Refunded, Exchange: Exchanged, Credit: Credited, Cancel: Cancelled},
	Refunded:  {Close: Closed},
	Exchanged: {Close: Closed},
	Credited:  {Close: Closed},
}

// Actions in the order the window offers them.
var actionOrder = []ActionKind{Approve, Reject, Receive, Inspect, DoRefund, Exchange, Credit, Close, Cancel}

// Next lists what may happen to a request in state s.
func Next(s State) []ActionKind {
	out := []ActionKind{}
	for _, a := range actionOrder {
		if _, ok := moves[s][a]; ok {
			out = append(out, a)
		}
	}
	return out
}

// to is where action a leads from s, or an error saying what comes first.
func to(s State, a ActionKind) (State, error) {
	if !slices.Contains(actionOrder, a) {
		return s, fmt.Errorf("%q is not something a return request can do: choose approve, reject, receive, inspect, refund, exchange, credit, close or cancel", a)
	}
	if next, ok := moves[s][a]; ok {
		return next, nil
	}
	return s, mustFirst(s, a)
}

// step is how far along the way to the money each state is.
var progress = map[State]int{Requested: 0, Approved: 1, Received: 2, Inspected: 3, Refunded: 4, Exchanged: 4, Credited: 4, Closed: 5}

func mustFirst(s State, a ActionKind) error {
	switch s {
	case Rejected:
		return fmt.Errorf("this request was rejected: nothing more can happen to it (open a new one if the customer sends more)")
	case Cancelled:
		return fmt.Errorf("this request was cancelled: nothing more can happen to it (open a new one if the customer still wants to return)")
	case Closed:
		return fmt.Errorf("this request is closed: nothing more can happen to it")
	}
	if a == Cancel {
		return fmt.Errorf("money has moved already (the request is %s): it cannot be cancelled", label(s))
	}
	want := map[ActionKind]int{Approve: 0, Reject: 0, Receive: 1, Inspect: 2, DoRefund: 3, Exchange: 3, Credit: 3, Close: 4}[a]
	if progress[s] > want {
		return fmt.Errorf("this request is %s already: it is past that step", label(s))
	}
	need := map[int]string{
		0: "approve it",
		1: "mark the item received",
		2: "inspect the item",
		3: "refund, exchange or credit it",
	}
	var todo []string
	for i := progress[s]; i < want; i++ {
		todo = append(todo, need[i])
	}
	return fmt.Errorf("this request is %s: first %s", label(s), joinAnd(todo))
}

func label(s State) string {
	return map[State]string{Requested: "still waiting for approval", Approved: "approved and waiting for the item",
		Received: "received but not inspected", Inspected: "inspected", Refunded: "refunded", Exchanged: "exchanged",
		Credited: "credited", Closed: "closed", Rejected: "rejected", Cancelled: "cancelled"}[s]
}

func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return fmt.Sprintf("%s, then %s", joinAnd(list[:len(list)-1]), list[len(list)-1])
}

// tabOf is the queue tab a state shows under.
func tabOf(s State) Tab {
	switch s {
	case Requested:
		return TabApproval
	case Approved:
		return TabWaiting
	case Received:
		return TabInspect
	case Inspected:
		return TabRefund
	}
	return TabDone
}
