package store

import (
	"encoding/json"
	"errors"

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
}
