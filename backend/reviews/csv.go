package reviews

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// CSVHeader is the export's first columns; one column per category name
// follows, in the order the categories first appear.
var CSVHeader = []string{"review", "submitted", "ticket", "rep", "reviewer", "scorecard", "version", "score", "critical fails", "comment"}

// WriteCSV exports every submitted review, oldest first: a score as a
// percentage ("" when every category was N/A), each category's score ("NA"
// when left out, "" when not on that review's scorecard).
func WriteCSV(tx *bolt.Tx, w io.Writer, loc *time.Location) error {
	var rows []Review
	var names []string
	seen := map[string]bool{}
	cards := map[[2]uint64]Scorecard{}
	err := tx.Bucket(store.BucketReviews).ForEach(func(k, v []byte) error {
		var r Review
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("read review %d: %w", store.ParseU64(k), err)
		}
		if r.State == Draft || r.Result == nil {
			return nil
		}
		key := [2]uint64{r.CardID, uint64(r.CardVersion)}
		if _, ok := cards[key]; !ok {
			c, err := GetCard(tx, r.CardID, r.CardVersion)
			if err != nil {
				return err
			}
			cards[key] = c
			for _, cat := range c.Categories {
				if !seen[cat.Name] {
					seen[cat.Name] = true
					names = append(names, cat.Name)
				}
			}
		}
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return err
	}
	out := csv.NewWriter(w)
	if err := out.Write(append(append([]string{}, CSVHeader...), names...)); err != nil {
		return err
	}
	for _, r := range rows {
		card := cards[[2]uint64{r.CardID, uint64(r.CardVersion)}]
		score := ""
		if r.Result.Scored {
			score = strconv.FormatFloat(r.Result.Percent, 'f', 1, 64)
		}
		submitted := ""
		if r.SubmittedAt != nil {
			submitted = r.SubmittedAt.In(loc).Format("2006-01-02 15:04")
		}
		rec := []string{strconv.FormatUint(r.ID, 10), submitted, "#" + strconv.FormatUint(r.TicketNumber, 10), r.Rep, r.Reviewer,
			card.Name, strconv.Itoa(r.CardVersion), score, fmt.Sprint(len(r.Result.FailedCritical)), r.Comment}
		for _, n := range names {
			cell := ""
			for _, c := range card.Categories {
				if c.Name != n {
					continue
				}
				if m := r.mark(c.ID); m.NA {
					cell = "NA"
				} else {
					cell = strconv.Itoa(m.Score)
				}
			}
			rec = append(rec, cell)
		}
		if err := out.Write(rec); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}
