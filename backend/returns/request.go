// Package returns runs return requests from the customer's ask to the
// refund: the state machine, the shop's return policy, who may approve
// what, and the money recorded. The refund itself happens in the shop's
// payment system; Shopdesk records it and refuses to record a wrong one.
package returns

import "time"

// State of a request. See transitions.go for what may follow what.
type State string

const (
	Requested State = "requested"
	Approved  State = "approved" // return label sent; waiting for the item
	Rejected  State = "rejected"
	Received  State = "received"
	Inspected State = "inspected"
	Refunded  State = "refunded"
	Exchanged State = "exchanged"
	Credited  State = "credited" // store credit given
	Closed    State = "closed"
	Cancelled State = "cancelled"
)

// Reason the customer gives.
type Reason string

const (
	WrongSize      Reason = "wrong_size"
	Damaged        Reason = "damaged"
	IncorrectItem  Reason = "incorrect_item"
	NotAsDescribed Reason = "not_as_described"
	ChangedMind    Reason = "changed_mind"
	ArrivedLate    Reason = "arrived_late"
	OtherReason    Reason = "other" // with ReasonText
)

// Wish is what the customer asks for.
type Wish string

const (
	WantRefund      Wish = "refund"
	WantExchange    Wish = "exchange"
	WantStoreCredit Wish = "store_credit"
)

// Condition of the item when it came back.
type Condition string

const (
	ConditionUnknown Condition = ""
	AsNew            Condition = "as_new"
	Opened           Condition = "opened"
	Used             Condition = "used"
	ArrivedDamaged   Condition = "damaged"
	WrongItemBack    Condition = "wrong_item"
)

// Method of a refund.
type Method string

const (
	OriginalPayment Method = "original_payment"
	StoreCredit     Method = "store_credit"
	OtherMethod     Method = "other"
)

// Known values, in the order the window lists them.
var (
	Reasons    = []Reason{WrongSize, Damaged, IncorrectItem, NotAsDescribed, ChangedMind, ArrivedLate, OtherReason}
	Wishes     = []Wish{WantRefund, WantExchange, WantStoreCredit}
	Conditions = []Condition{AsNew, Opened, Used, ArrivedDamaged, WrongItemBack}
	Methods    = []Method{OriginalPayment, StoreCredit, OtherMethod}
)

// Item is a returned order line: which, how many, and what was paid for
// each unit after discounts (the refund cap).
type Item struct {
	Line     int    `json:"line"` // orders.Item.Line
	Product  string `json:"product"`
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	UnitPaid int64  `json:"unitPaid"`
}

// Event is one step in a request's life: its timeline.
type Event struct {
	At   time.Time `json:"at" ts_type:"string"`
	ByID uint64    `json:"byId"`
	By   string    `json:"by"`
	Kind string    `json:"kind"` // the action, "created", "edited" or "email"
	From State     `json:"from,omitempty"`
	To   State     `json:"to,omitempty"`
	Note string    `json:"note,omitempty"`
	// Override is set when the owner approved against the policy: why.
	Override string `json:"override,omitempty"`
}

// Refund is money recorded as given back.
type Refund struct {
	Amount    int64     `json:"amount"`
	Currency  string    `json:"currency"`
	Method    Method    `json:"method"`
	Reference string    `json:"reference"`
	At        time.Time `json:"at" ts_type:"string"`
	ByID      uint64    `json:"byId"`
	By        string    `json:"by"`
}

// Request is one return request.
type Request struct {
	ID          uint64 `json:"id"`
	Number      uint64 `json:"number"` // people see "R-1001"
	CustomerID  uint64 `json:"customerId"`
	OrderID     uint64 `json:"orderId"`
	OrderNumber string `json:"orderNumber"`
	TicketID    uint64 `json:"ticketId"` // 0 when none

	Items      []Item    `json:"items"`
	Currency   string    `json:"currency"`
	Reason     Reason    `json:"reason"`
	ReasonText string    `json:"reasonText"`
	Wish       Wish      `json:"wish"`
	Condition  Condition `json:"condition"`
	Notes      string    `json:"notes"`

	State State `json:"state"`
	// Since is when the request entered its state: the queue sorts by it.
	Since        time.Time `json:"since" ts_type:"string"`
	RejectReason string    `json:"rejectReason"`
	LabelLink    string    `json:"labelLink"`
	// Tracking is the exchange's shipment, once sent.
	Tracking string  `json:"tracking"`
	Refund   *Refund `json:"refund,omitempty"`
	// ReceivedAt starts the refund clock (target: Policy.RefundDays).
	ReceivedAt *time.Time `json:"receivedAt,omitempty" ts_type:"string"`
	Events     []Event    `json:"events"`

	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
	Version   uint64    `json:"version"`
}

// Policy is the shop's return policy (Settings → Returns, owner only).
type Policy struct {
	// WindowDays counts from delivery, or from the order date when the
	// delivery date is unknown.
	WindowDays int `json:"windowDays"`
	// RestockingPercent of the returned items' price (default 0, as the
	// seed advises: no restocking fees).
	RestockingPercent int `json:"restockingPercent"`
	// ShippingFee is charged once per return unless the reason waives it;
	// in the shop's currency.
	ShippingFee  int64    `json:"shippingFee"`
	FreeShipping []Reason `json:"freeShipping"`
	// RepLimit is the largest refund a rep may approve and record, in the
	// shop's currency; above it (or in another currency) only the owner.
	RepLimit int64  `json:"repLimit"`
	Currency string `json:"currency"`
	// RefundDays is the target from item received to refunded (seed: 7).
	RefundDays int `json:"refundDays"`
}

// Action is one transition a person asks for.
type Action struct {
	Kind ActionKind `json:"kind"`
	Note string     `json:"note"`
	// Reason: why rejected (the customer is told), or why the owner
	// approves outside the policy.
	Reason    string    `json:"reason"`
	LabelLink string    `json:"labelLink"` // approve
	Condition Condition `json:"condition"` // receive, inspect
	// Refund, credit: the amount and where it went.
	Amount    int64  `json:"amount"`
	Method    Method `json:"method"`
	Reference string `json:"reference"`
	Tracking  string `json:"tracking"` // exchange shipped
}

// ActionKind names a transition.
type ActionKind string

const (
	Approve  ActionKind = "approve"
	Reject   ActionKind = "reject"
	Receive  ActionKind = "receive"
	Inspect  ActionKind = "inspect"
	DoRefund ActionKind = "refund"
	Exchange ActionKind = "exchange"
	Credit   ActionKind = "credit"
	Close    ActionKind = "close"
	Cancel   ActionKind = "cancel"
)

// Tab of the returns queue.
type Tab string

const (
	TabApproval Tab = "approval" // requested
	TabWaiting  Tab = "waiting"  // approved: waiting for the item
	TabInspect  Tab = "inspect"  // received
	TabRefund   Tab = "refund"   // inspected: to refund, exchange or credit
	TabDone     Tab = "done"     // everything else
)

// Tabs in the order the window shows them.
var Tabs = []Tab{TabApproval, TabWaiting, TabInspect, TabRefund, TabDone}

// Counts are the queue's tab counts; NeedsOwner is the sidebar's count for
// the owner: requests only the owner may approve or refund.
type Counts struct {
	Tabs       map[Tab]int `json:"tabs"`
	NeedsOwner int         `json:"needsOwner"`
	Late       int         `json:"late"` // past the refund target
}

// Row is a request in the queue.
type Row struct {
	ID           uint64    `json:"id"`
	Number       uint64    `json:"number"`
	State        State     `json:"state"`
	CustomerID   uint64    `json:"customerId"`
	CustomerName string    `json:"customerName"`
	OrderID      uint64    `json:"orderId"`
	OrderNumber  string    `json:"orderNumber"`
	TicketID     uint64    `json:"ticketId"`
	Reason       Reason    `json:"reason"`
	Wish         Wish      `json:"wish"`
	Products     string    `json:"products"` // "Linen throw × 2, Mug"
	Amount       int64     `json:"amount"`   // the items' paid value
	Currency     string    `json:"currency"`
	Since        time.Time `json:"since" ts_type:"string"`
	// NeedsOwner says why only the owner may take the next step ("" if anyone may).
	NeedsOwner string `json:"needsOwner"`
	Late       bool   `json:"late"`
}

// QueueQuery pages a tab, the longest-waiting first. Reason, SKU/Product
// and Days narrow it to the requests behind a bar of the trends chart.
type QueueQuery struct {
	Tab     Tab    `json:"tab"`
	Reason  Reason `json:"reason"`
	Product string `json:"product"`
	Days    int    `json:"days"`
	Cursor  string `json:"cursor"`
	Limit   int    `json:"limit"`
}

// QueuePage is one page of the queue with every tab's count.
type QueuePage struct {
	Items  []Row  `json:"items"`
	Counts Counts `json:"counts"`
	Next   string `json:"next"`
}

// Check is the policy check in words for one request.
type Check struct {
	Day        int    `json:"day"` // days since the window's start
	WindowDays int    `json:"windowDays"`
	From       string `json:"from"` // "delivery" or "order date"
	Within     bool   `json:"within"`
	Text       string `json:"text"` // "day 23 of 30: within the window"
	// Amounts the policy gives, in the request's currency.
	ItemsPaid   int64 `json:"itemsPaid"`
	Restocking  int64 `json:"restocking"`
	ShippingFee int64 `json:"shippingFee"`
	RefundDue   int64 `json:"refundDue"` // what the policy says to refund
	RefundCap   int64 `json:"refundCap"` // the most that may be refunded
}

// Step is one line of the seed's Refund and Return Processing Checklist,
// ticked by the transition that does it.
type Step struct {
	Text string     `json:"text"`
	Note string     `json:"note"`
	Done bool       `json:"done"`
	At   *time.Time `json:"at,omitempty" ts_type:"string"`
	By   string     `json:"by"`
}

// View is a request with what the window needs to show and act on it.
type View struct {
	Request    Request      `json:"request"`
	Customer   string       `json:"customer"`
	Email      string       `json:"email"`
	Check      Check        `json:"check"`
	Steps      []Step       `json:"steps"`
	Next       []ActionKind `json:"next"` // what may happen now
	NeedsOwner string       `json:"needsOwner"`
	Late       bool         `json:"late"`
	// Emails are the templates that fit this step, the first the best.
	Emails []EmailChoice `json:"emails"`
}

// EmailChoice is a template offered for the request's current step.
type EmailChoice struct {
	TemplateID uint64 `json:"templateId"`
	Name       string `json:"name"`
	Step       string `json:"step"` // "approved", "rejected", "received", "refunded", "exchanged", …
}

// NewRequest opens a request.
type NewRequest struct {
	OrderID    uint64        `json:"orderId"`
	TicketID   uint64        `json:"ticketId"`
	Items      []ItemRequest `json:"items"`
	Reason     Reason        `json:"reason"`
	ReasonText string        `json:"reasonText"`
	Wish       Wish          `json:"wish"`
	Notes      string        `json:"notes"`
}

// ItemRequest is one line asked back.
type ItemRequest struct {
	Line     int `json:"line"`
	Quantity int `json:"quantity"`
}

// Draft is a new request pre-filled from a ticket: its order and every
// line that may still be returned (quantity = what is left to return).
type Draft struct {
	OrderID     uint64 `json:"orderId"`
	OrderNumber string `json:"orderNumber"`
	TicketID    uint64 `json:"ticketId"`
	Items       []Item `json:"items"`
	// Currency of the order: the items' UnitPaid and the check's amounts.
	Currency string `json:"currency"`
	Reason   Reason `json:"reason"`
	Check    Check  `json:"check"`
	// Orders are the customer's orders to choose from when the ticket
	// names none.
	Orders []DraftOrder `json:"orders"`
}

// DraftOrder is an order the new request could be for.
type DraftOrder struct {
	ID       uint64    `json:"id"`
	Number   string    `json:"number"`
	PlacedAt time.Time `json:"placedAt" ts_type:"string"`
}

// Edit changes a request's details while it is still requested.
type Edit struct {
	Items      []ItemRequest `json:"items"`
	Reason     Reason        `json:"reason"`
	ReasonText string        `json:"reasonText"`
	Wish       Wish          `json:"wish"`
	Notes      string        `json:"notes"`
}

// Trends are return reasons and the most returned products over a period.
type Trends struct {
	Days     int     `json:"days"`
	Total    int     `json:"total"`
	Reasons  []Count `json:"reasons"`  // every reason, most first
	Products []Count `json:"products"` // the top 10 by units
}

// Count is one bar of a trends chart.
type Count struct {
	Key   string `json:"key"` // the reason, or the product's SKU (its name if none)
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Compose is a step's email filled from the request: what the window
// shows before Send, and the placeholders still to ask for.
type Compose struct {
	TemplateID uint64   `json:"templateId"`
	Subject    string   `json:"subject"`
	Body       string   `json:"body"`
	Missing    []string `json:"missing"` // "[Return Label Link]" …
	To         string   `json:"to"`
}
