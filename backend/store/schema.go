package store

import (
	"encoding/json"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Bucket names. Each domain package owns the buckets named after it.
var (
	BucketSettings   = []byte("settings")    // key → JSON value
	BucketUsers      = []byte("users")       // id → User JSON
	BucketCustomers  = []byte("customers")   // id → Customer JSON
	BucketCustEmail  = []byte("cust_email")  // lower(email) → id
	BucketTickets    = []byte("tickets")     // id → Ticket JSON
	BucketTicketRows = []byte("ticket_rows") // id → fixed-size row for lists
	BucketOrders     = []byte("orders")      // lower(order)|id → ""
	BucketCustTix    = []byte("cust_tix")    // customer|id → ""
	BucketMessages   = []byte("messages")    // ticket|msg → Message JSON
	BucketEvents     = []byte("events")      // ticket|seq → Event JSON
	BucketTerms      = []byte("terms")       // term|ticket → "" (full-text postings)
	BucketTermDF     = []byte("term_df")     // term → count of tickets

	// Email (part 2): owned by backend/templates and backend/outbox.
	BucketTemplates = []byte("templates")     // id → Template JSON
	BucketOutbox    = []byte("outbox")        // id → outbox Message JSON
	BucketOutboxDue = []byte("outbox_due")    // state|due|id → "" (work queue)
	BucketBatches   = []byte("batches")       // id → feedback Batch JSON
	BucketAsked     = []byte("asked")         // ticket → batch id (feedback asked once per ticket)
	BucketTestInbox = []byte("test_inbox")    // id → received test message
	BucketOutboxTix = []byte("outbox_ticket") // ticket|id → "" (a ticket's emails)

	// Orders (part 4): owned by backend/orders. ("orders" above is the
	// tickets' order-number index, named before orders were kept.)
	BucketShopOrders  = []byte("shop_orders")  // id → Order JSON
	BucketOrderNumber = []byte("order_number") // lower(number) → id
	BucketOrderCust   = []byte("order_cust")   // customer|placed|id → ""
	BucketOrderPlaced = []byte("order_placed") // placed|id → ""
	BucketOrderTotals = []byte("order_totals") // customer → Totals JSON

	// Return requests (part 4): owned by backend/returns.
	BucketReturns      = []byte("returns")       // id → Request JSON
	BucketReturnQueue  = []byte("return_queue")  // tab|since|id → ""
	BucketReturnOrder  = []byte("return_order")  // order|id → ""
	BucketReturnCust   = []byte("return_cust")   // customer|id → ""
	BucketReturnTicket = []byte("return_ticket") // ticket|id → ""
	BucketReturnDay    = []byte("return_day")    // created|id → "" (trends)

	// Checklists (part 5): owned by backend/checklists.
	BucketChecklists = []byte("checklists")     // id → Template JSON
	BucketRuns       = []byte("checklist_runs") // person|date|template → Run JSON

	// The rest of the shift (part 5).
	BucketEventTime       = []byte("event_time")        // unix nanos|seq → ticket (tickets: the day's events)
	BucketPlaybooks       = []byte("playbooks")         // id → Playbook JSON (backend/playbooks)
	BucketTicketPlaybooks = []byte("ticket_playbooks")  // ticket|playbook → Attached JSON
	BucketEscalations     = []byte("escalations")       // id → Escalation JSON (backend/escalations)
	BucketEscalationTix   = []byte("escalation_ticket") // ticket|id → ""
	BucketSummaries       = []byte("summaries")         // date → Summary JSON (backend/summaries)
	BucketReturnRefunded  = []byte("return_refunded")   // refunded at|id → amount and currency (the day's refunds)
	BucketScorecards      = []byte("scorecards")        // id|version → Scorecard JSON (backend/reviews)
	BucketReviews         = []byte("reviews")           // id → Review JSON
	BucketReviewIdx       = []byte("review_idx")        // 't'|ticket|id, 'r'|rep|id → ""
)

// bucketCustNameDropped was a customer-name index nothing ever read or
// wrote; the first step still creates it, as released, and a later step
// drops it.
var bucketCustNameDropped = []byte("cust_name")

// Schema is the ordered list of migrations; version N means the first N ran.
// Append only: never edit or reorder a released step.
var Schema = []Migration{
	{Name: "create buckets", Apply: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{BucketSettings, BucketUsers, BucketCustomers, BucketCustEmail,
			bucketCustNameDropped, BucketTickets, BucketTicketRows, BucketOrders, BucketCustTix, BucketMessages, BucketEvents, BucketTerms, BucketTermDF,
			BucketTemplates, BucketOutbox, BucketOutboxDue, BucketBatches, BucketAsked, BucketTestInbox} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}},
	{Name: "index outgoing email by ticket", Apply: func(tx *bolt.Tx) error {
		idx, err := tx.CreateBucketIfNotExists(BucketOutboxTix)
		if err != nil {
			return err
		}
		return tx.Bucket(BucketOutbox).ForEach(func(k, v []byte) error {
			var m struct {
				TicketID uint64 `json:"ticketId"`
			}
			if err := json.Unmarshal(v, &m); err != nil || m.TicketID == 0 {
				return err
			}
			return idx.Put(Key(U64(m.TicketID), k), nil)
		})
	}}, {Name: "drop the unused customer-name index", Apply: func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketCustNameDropped); err != nil && !errors.Is(err, bolterrors.ErrBucketNotFound) {
			return err
		}
		return nil
	}},
	{Name: "keep orders and return requests", Apply: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{BucketShopOrders, BucketOrderNumber, BucketOrderCust, BucketOrderPlaced, BucketOrderTotals,
			BucketReturns, BucketReturnQueue, BucketReturnOrder, BucketReturnCust, BucketReturnTicket, BucketReturnDay} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}},
	{Name: "keep checklists and their daily runs", Apply: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{BucketChecklists, BucketRuns} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}},
	{Name: "keep playbooks, escalations and end-of-day summaries, and index ticket events by time", Apply: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{BucketPlaybooks, BucketTicketPlaybooks, BucketEscalations, BucketEscalationTix, BucketSummaries} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		idx, err := tx.CreateBucketIfNotExists(BucketEventTime)
		if err != nil {
			return err
		}
		// Events written before the index: read each one's time once.
		return tx.Bucket(BucketEvents).ForEach(func(k, v []byte) error {
			var ev struct {
				At time.Time `json:"at"`
			}
			if len(k) != 16 || json.Unmarshal(v, &ev) != nil {
				return nil
			}
			return idx.Put(EventTimeKey(ev.At, ParseU64(k[8:])), k[:8])
		})
	}},
	{Name: "index refunds by when they were given", Apply: func(tx *bolt.Tx) error {
		idx, err := tx.CreateBucketIfNotExists(BucketReturnRefunded)
		if err != nil {
			return err
		}
		return tx.Bucket(BucketReturns).ForEach(func(k, v []byte) error {
			var r struct {
				Refund *RefundEntry `json:"refund"`
			}
			if json.Unmarshal(v, &r) != nil || r.Refund == nil {
				return nil
			}
			return PutRefund(idx, r.Refund.At, ParseU64(k), *r.Refund)
		})
	}},
	{Name: "keep quality-review scorecards", Apply: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(BucketScorecards)
		return err
	}},
	{Name: "keep quality reviews", Apply: func(tx *bolt.Tx) error {
		for _, name := range [][]byte{BucketReviews, BucketReviewIdx} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	}},
}

// RefundEntry is what BucketReturnRefunded keeps of a refund: enough for a
// day's total without reading the requests.
type RefundEntry struct {
	Amount   int64     `json:"amount"`
	Currency string    `json:"currency"`
	At       time.Time `json:"at"`
}

// RefundKey is a refund's key in BucketReturnRefunded: when, then whose.
func RefundKey(at time.Time, request uint64) []byte {
	return Key(U64(uint64(at.Unix())), U64(request))
}

// PutRefund writes one entry of BucketReturnRefunded.
func PutRefund(b *bolt.Bucket, at time.Time, request uint64, e RefundEntry) error {
	v, err := json.Marshal(RefundEntry{Amount: e.Amount, Currency: e.Currency, At: at})
	if err != nil {
		return err
	}
	return b.Put(RefundKey(at, request), v)
}

// EventTimeKey is a ticket event's key in BucketEventTime: its time, then
// its sequence, so a day's events are one range.
func EventTimeKey(at time.Time, seq uint64) []byte {
	return Key(U64(uint64(at.UnixNano())), U64(seq))
}
