// Package search is the full-text index over tickets: postings kept as bbolt
// keys (term|ticket → ""), written in the same transaction as the ticket, so
// the index is never out of step with the data and can be rebuilt from it.
//
// A query is the words typed, all of which must match (AND). The rarest
// word's postings are walked newest first and the others are checked by
// key look-up, so the cost follows the rarest word, not the common ones.
package search
