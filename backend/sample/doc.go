// Package sample fills a data file with a made-up but believable shop:
// the owner Maya Chen and three reps, the shop's settings, customers, and
// tickets whose conversations follow the order issues in the shop's own
// checklists (shipping delays, wrong or missing items, cancellations,
// stock-outs, complaints, returns and refunds, product questions).
//
// Everything is drawn from one seeded random source, so the same Options
// give the same shop. Tickets go through the tickets package's own rules
// (Create, AddMessage, Update), with the clock set back to when each step
// happened, so search postings, list rows and reporting events are exactly
// what real use would have written. It serves the demo (shopdesk --demo)
// and the benchmarks (cmd/shopdesk-bench).
package sample
