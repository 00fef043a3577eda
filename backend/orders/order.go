// Package orders keeps the shop's orders: imported from the shop
// platform's CSV export or typed in by hand. Returns and reports stand on
// them. Money is integer minor units in the order's currency.
package orders

import "time"

// Source is where an order came from.
type Source string

const (
	FromShopify     Source = "shopify"
	FromWooCommerce Source = "woocommerce"
	FromCSV         Source = "csv"
	FromHand        Source = "manual"
)

// Payment status, as Shopify names them (WooCommerce's map onto these).
type Payment string

const (
	PaymentPending           Payment = "pending"
	PaymentAuthorized        Payment = "authorized"
	PaymentPartiallyPaid     Payment = "partially_paid"
	PaymentPaid              Payment = "paid"
	PaymentPartiallyRefunded Payment = "partially_refunded"
	PaymentRefunded          Payment = "refunded"
	PaymentVoided            Payment = "voided"
)

// Fulfilment status of the order as a whole.
type Fulfilment string

const (
	Unfulfilled        Fulfilment = "unfulfilled"
	PartiallyFulfilled Fulfilment = "partial"
	Fulfilled          Fulfilment = "fulfilled"
	Delivered          Fulfilment = "delivered"
	Cancelled          Fulfilment = "cancelled"
)

// Known values, in the order the window lists them.
var (
	Payments    = []Payment{PaymentPending, PaymentAuthorized, PaymentPartiallyPaid, PaymentPaid, PaymentPartiallyRefunded, PaymentRefunded, PaymentVoided}
	Fulfilments = []Fulfilment{Unfulfilled, PartiallyFulfilled, Fulfilled, Delivered, Cancelled}
)

// Item is one line of an order. Line is its place in the order (1-based)
// and never changes once given, so a return can name it.
type Item struct {
	Line      int    `json:"line"`
	Product   string `json:"product"`
	SKU       string `json:"sku"`
	Quantity  int    `json:"quantity"`
	UnitPrice int64  `json:"unitPrice"` // minor units, before discounts
	// Discount is this line's own discount for all its units.
	Discount int64 `json:"discount"`
}

// Order is one order and everything Shopdesk knows of it.
type Order struct {
	ID     uint64 `json:"id"`
	Number string `json:"number"` // the shop's own, "#1001"
	Source Source `json:"source"`

	CustomerID uint64 `json:"customerId"`
	// Name and Email are as the order gave them (the customer card may
	// have changed since).
	Name  string `json:"name"`
	Email string `json:"email"`

	PlacedAt    time.Time  `json:"placedAt" ts_type:"string"`
	PaidAt      *time.Time `json:"paidAt,omitempty" ts_type:"string"`
	FulfilledAt *time.Time `json:"fulfilledAt,omitempty" ts_type:"string"`
	DeliveredAt *time.Time `json:"deliveredAt,omitempty" ts_type:"string"`
	CancelledAt *time.Time `json:"cancelledAt,omitempty" ts_type:"string"`

	Items    []Item `json:"items"`
	Currency string `json:"currency"`
	Subtotal int64  `json:"subtotal"` // Σ quantity × unit price − line discounts
	Discount int64  `json:"discount"` // order-level discount (codes), spread over items on refunds
	Shipping int64  `json:"shipping"`
	Tax      int64  `json:"tax"`
	Total    int64  `json:"total"`
	// Refunded is what the shop platform already refunded, plus what was
	// recorded in Shopdesk.
	Refunded int64 `json:"refunded"`

	Payment       Payment    `json:"payment"`
	PaymentMethod string     `json:"paymentMethod"`
	Fulfilment    Fulfilment `json:"fulfilment"`
	Carrier       string     `json:"carrier"`
	Tracking      string     `json:"tracking"`
	Notes         string     `json:"notes"`

	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
	// Version counts saves; an edit must name the version it started from.
	Version uint64 `json:"version"`
	// Digest is a hash of the imported fields: a second import of an
	// unchanged order writes nothing.
	Digest string `json:"digest,omitempty"`
}

// Summary is an order in a list: the customer card, the ticket's side
// panel, the order list.
type Summary struct {
	ID         uint64     `json:"id"`
	Number     string     `json:"number"`
	CustomerID uint64     `json:"customerId"`
	Name       string     `json:"name"`
	PlacedAt   time.Time  `json:"placedAt" ts_type:"string"`
	Currency   string     `json:"currency"`
	Total      int64      `json:"total"`
	Refunded   int64      `json:"refunded"`
	Items      int        `json:"items"` // units
	Payment    Payment    `json:"payment"`
	Fulfilment Fulfilment `json:"fulfilment"`
	Tracking   string     `json:"tracking"`
}

// Input is a new order typed in by hand, or a full edit of one. The
// customer is an existing one (CustomerID) or found/created by Email+Name.
type Input struct {
	Number        string     `json:"number"`
	CustomerID    uint64     `json:"customerId"`
	Name          string     `json:"name"`
	Email         string     `json:"email"`
	PlacedAt      string     `json:"placedAt"` // RFC 3339 or YYYY-MM-DD
	PaidAt        string     `json:"paidAt"`
	FulfilledAt   string     `json:"fulfilledAt"`
	DeliveredAt   string     `json:"deliveredAt"`
	Items         []Item     `json:"items"`
	Currency      string     `json:"currency"`
	Discount      int64      `json:"discount"`
	Shipping      int64      `json:"shipping"`
	Tax           int64      `json:"tax"`
	Payment       Payment    `json:"payment"`
	PaymentMethod string     `json:"paymentMethod"`
	Fulfilment    Fulfilment `json:"fulfilment"`
	Carrier       string     `json:"carrier"`
	Tracking      string     `json:"tracking"`
	Notes         string     `json:"notes"`
}

// ListQuery pages through orders, newest first. Search matches the order
// number's start, or the customer's name or email.
type ListQuery struct {
	Search     string `json:"search"`
	CustomerID uint64 `json:"customerId"`
	Cursor     string `json:"cursor"`
	Limit      int    `json:"limit"`
}

// Page is one page of orders.
type Page struct {
	Items []Summary `json:"items"`
	Total int       `json:"total"`
	Next  string    `json:"next"` // "" on the last page
}

// Format of an order export.
type Format string

const (
	FormatAuto        Format = "auto" // told apart by the header
	FormatShopify     Format = "shopify"
	FormatWooCommerce Format = "woocommerce"
	FormatCSV         Format = "csv" // Shopdesk's plain CSV
)

// Skipped is a row the import left out, and why.
type Skipped struct {
	Line   int    `json:"line"` // 1-based line of the file (the header is line 1)
	Order  string `json:"order"`
	Reason string `json:"reason"`
}

// ImportState is where an import is.
type ImportState string

const (
	ImportIdle      ImportState = "idle"
	ImportRunning   ImportState = "running"
	ImportDone      ImportState = "done"
	ImportCancelled ImportState = "cancelled"
	ImportFailed    ImportState = "failed"
)

// ImportReport is the progress of an import while it runs, and its outcome.
type ImportReport struct {
	State     ImportState `json:"state"`
	File      string      `json:"file"` // base name
	Format    Format      `json:"format"`
	BytesDone int64       `json:"bytesDone"`
	BytesAll  int64       `json:"bytesAll"`
	Rows      int         `json:"rows"`
	Orders    int         `json:"orders"` // orders read so far
	Added     int         `json:"added"`
	Updated   int         `json:"updated"`
	Unchanged int         `json:"unchanged"`
	// NewCustomers were created because no customer had the address.
	NewCustomers int       `json:"newCustomers"`
	Skipped      []Skipped `json:"skipped"`    // the first 500
	SkippedAll   int       `json:"skippedAll"` // all of them
	Error        string    `json:"error"`      // why it failed
	StartedAt    time.Time `json:"startedAt" ts_type:"string"`
	FinishedAt   time.Time `json:"finishedAt" ts_type:"string"`
}
