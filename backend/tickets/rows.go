package tickets

import (
	"encoding/binary"
	"errors"
	"sync"
)

// row is the part of a ticket the inbox needs to filter and sort: small and
// fixed, so 100,000 of them fit in a few megabytes and scan in a millisecond.
type row struct {
	id       uint64
	status   uint8 // statusCodes; the others likewise (codes.go)
	priority uint8
	channel  uint8
	category uint8
	assignee uint64
	customer uint64
	updated  int64 // unix ms
	due      int64 // unix ms; 0: nothing due
	created  int64
	tags     []string
}

const rowVersion = 1

func rowOf(t *Ticket) row {
	r := row{id: t.ID, status: statusCodes[t.Status], priority: priorityCodes[t.Priority],
		channel: channelCodes[t.Channel], category: categoryCodes[t.Category],
		assignee: t.AssigneeID, customer: t.CustomerID, updated: t.UpdatedAt.UnixMilli(),
		created: t.CreatedAt.UnixMilli(), tags: t.Tags}
	if d := t.DueAt(); !d.IsZero() {
		r.due = d.UnixMilli()
	}
	return r
}

func (r *row) encode() []byte {
	n := 45 + 1
	for _, t := range r.tags {
		n += 1 + len(t)
	}
	b := make([]byte, 0, n)
	b = append(b, rowVersion, r.status, r.priority, r.channel, r.category)
	b = binary.BigEndian.AppendUint64(b, r.assignee)
	b = binary.BigEndian.AppendUint64(b, r.customer)
	b = binary.BigEndian.AppendUint64(b, uint64(r.updated))
	b = binary.BigEndian.AppendUint64(b, uint64(r.due))
	b = binary.BigEndian.AppendUint64(b, uint64(r.created))
	b = append(b, byte(len(r.tags)))
	for _, t := range r.tags {
		b = append(b, byte(len(t)))
		b = append(b, t...)
	}
	return b
}

var errBadRow = errors.New("ticket list row is damaged")

func decodeRow(id uint64, b []byte, intern func(string) string) (row, error) {
	if len(b) < 46 || b[0] != rowVersion {
		return row{}, errBadRow
	}
	r := row{id: id, status: b[1], priority: b[2], channel: b[3], category: b[4],
		assignee: binary.BigEndian.Uint64(b[5:]), customer: binary.BigEndian.Uint64(b[13:]),
		updated: int64(binary.BigEndian.Uint64(b[21:])), due: int64(binary.BigEndian.Uint64(b[29:])),
		created: int64(binary.BigEndian.Uint64(b[37:]))}
	nt, p := int(b[45]), 46
	if nt > 0 {
		r.tags = make([]string, 0, nt)
	}
	for i := 0; i < nt; i++ {
		if p >= len(b) || p+1+int(b[p]) > len(b) {
			return row{}, errBadRow
		}
		l := int(b[p])
		r.tags = append(r.tags, intern(string(b[p+1:p+1+l])))
		p += 1 + l
	}
	return r, nil
}

// index is the in-memory table of rows, kept in step with bbolt by the
// Service: changed only after the transaction that wrote the row committed.
type index struct {
	mu   sync.RWMutex
	rows []row
	pos  map[uint64]int
	tags map[string]string // interned tag names
}

func newIndex() *index { return &index{pos: map[uint64]int{}, tags: map[string]string{}} }

func (ix *index) intern(s string) string {
	if v, ok := ix.tags[s]; ok {
		return v
	}
	ix.tags[s] = s
	return s
}

// put inserts or replaces a row; the caller holds mu for writing.
func (ix *index) put(r row) {
	for i, t := range r.tags {
		r.tags[i] = ix.intern(t)
	}
	if i, ok := ix.pos[r.id]; ok {
		ix.rows[i] = r
		return
	}
	ix.pos[r.id] = len(ix.rows)
	ix.rows = append(ix.rows, r)
}

// remove deletes a row; the caller holds mu for writing.
func (ix *index) remove(id uint64) {
	i, ok := ix.pos[id]
	if !ok {
		return
	}
	last := len(ix.rows) - 1
	ix.rows[i] = ix.rows[last]
	ix.pos[ix.rows[i].id] = i
	ix.rows = ix.rows[:last]
	delete(ix.pos, id)
}

func (ix *index) get(id uint64) (row, bool) {
	i, ok := ix.pos[id]
	if !ok {
		return row{}, false
	}
	return ix.rows[i], true
}
