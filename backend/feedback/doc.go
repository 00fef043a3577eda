// Package feedback asks customers how it went, in batches: it finds the
// tickets resolved lately whose customer was not asked yet, fills the
// feedback template for each and queues the whole batch at once.
package feedback
