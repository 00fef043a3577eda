package calendar_test

import (
	"fmt"
	"time"

	"shopdesk/backend/calendar"
)

func Example() {
	week := make([]calendar.Day, 7)
	for i := range week {
		week[i] = calendar.Day{Open: "09:00", Close: "17:00", Closed: i >= 5}
	}
	c, _ := calendar.New([]calendar.Schedule{{Hours: calendar.Hours{TimeZone: "Europe/Berlin", Week: week}}})
	berlin, _ := time.LoadLocation("Europe/Berlin")
	friday := time.Date(2026, 12, 4, 18, 30, 0, 0, berlin)
	fmt.Println(c.AddBusiness(friday, 4*time.Hour).In(berlin).Format("Mon 15:04"))
	// Output: Mon 13:00
}
