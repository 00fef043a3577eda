// Package tickets is the help desk itself: tickets, their conversations
// (customer messages, replies, internal notes), the events reporting needs,
// service targets, and the inbox lists over 100,000 of them.
//
// Every ticket has a small fixed-size row (rows.go) written beside it in the
// same transaction. The rows are loaded into memory at start (a few
// megabytes for 100,000 tickets), so any view, filter and sort is one pass
// over memory rather than one bbolt index per combination.
package tickets
