// Package replies writes to customers: it fills a template for a ticket
// (Compose, Preview) and sends a reply that joins the ticket's
// conversation and the outbox in one transaction.
package replies
