// Package store is Shopdesk's one bbolt file: opening it safely, the schema
// version and its migrations, key helpers, backups and the integrity check.
//
// Each domain package (tickets, customers, users …) owns its own buckets and
// composes its work inside the transactions this package hands out.
package store
