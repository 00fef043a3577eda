// Package calendar is the shop's working calendar: its time zone, weekly
// opening hours, holidays, and the history of those settings, so that
// service targets count business time only.
//
// A Calendar answers two questions: when is d of business time after a
// start (AddBusiness), and how much business time lies between two
// instants (BusinessBetween). Each instant is judged by the schedule in
// effect then, so changing the hours later leaves past figures unchanged.
// With no schedule, or a schedule with no weekly hours, every hour counts
// (24×7), except holidays.
package calendar
