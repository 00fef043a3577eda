package tickets

import (
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// BulkChange is one change to apply to many tickets at once, as picked from
// the inbox's action bar: nil fields stay as they are; AddTag adds a tag to
// each ticket's own tags.
type BulkChange struct {
	Status     *Status   `json:"status,omitempty"`
	Priority   *Priority `json:"priority,omitempty"`
	AssigneeID *uint64   `json:"assigneeId,omitempty"`
	AddTag     string    `json:"addTag,omitempty"`
}

// MaxBulk is the most tickets one bulk change touches: a selection made by
// hand, not a migration, so one write transaction stays short.
const MaxBulk = 500

// UpdateMany applies c to every ticket in ids in one write transaction:
// either all of them change or none does (an unknown id or a refused value
// rolls the whole change back). Each ticket gets its own events and a new
// version, exactly as with Update. It returns the changed tickets in the
// order of ids.
func (s *Service) UpdateMany(by Actor, ids []uint64, c BulkChange) (out []Ticket, err error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("change tickets: none selected; select some with x first")
	}
	if len(ids) > MaxBulk {
		return nil, fmt.Errorf("change tickets: %d selected, at most %d at once; select fewer", len(ids), MaxBulk)
	}
	if c.Status == nil && c.Priority == nil && c.AssigneeID == nil && strings.TrimSpace(c.AddTag) == "" {
		return nil, fmt.Errorf("change tickets: nothing to change; pick a status, priority, assignee or tag")
	}
	seen := make(map[uint64]bool, len(ids))
	err = s.Batch(func(b *Batch) error {
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			var cur *Ticket
			if err := b.run(func(tx *bolt.Tx) ([]row, error) {
				var err error
				cur, err = Get(tx, id)
				return nil, err
			}); err != nil {
				return fmt.Errorf("change ticket #%d: %w", id, err)
			}
			one := Change{Status: c.Status, Priority: c.Priority, AssigneeID: c.AssigneeID}
			if tag := strings.TrimSpace(c.AddTag); tag != "" && !slices.Contains(cur.Tags, tag) {
				tags := append(slices.Clip(cur.Tags), tag)
				one.Tags = &tags
			}
			t, err := b.Update(by, id, cur.Version, one)
			if err != nil {
				return fmt.Errorf("change ticket #%d: %w", id, err)
			}
			out = append(out, t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
