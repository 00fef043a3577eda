package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// This file reads a data file's structure with plain reads, before bbolt
// maps it: bbolt trusts its pages and panics (or faults) on a damaged one,
// and Open must say what is wrong without writing a byte.
//
// The layout is bbolt's (go.etcd.io/bbolt/internal/common), little endian:
//
//	page header  id u64 | flags u16 | count u16 | overflow u32      (16 bytes)
//	meta         magic u32 | version u32 | pageSize u32 | flags u32 |
//	             root u64 | sequence u64 | freelist u64 | pgid u64 |
//	             txid u64 | checksum u64 (FNV-64a of the fields before it)
//	branch elem  pos u32 | ksize u32 | pgid u64                     (16 bytes)
//	leaf elem    flags u32 | pos u32 | ksize u32 | vsize u32        (16 bytes)
//
// An element's pos counts from the element's own first byte. A bucket's
// value starts with its root page id and sequence; root 0 means the
// bucket's leaf page follows inline in the value.

const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	elemSize         = 16
	bucketHeaderSize = 16
	flagBranch       = 0x01
	flagLeaf         = 0x02
	flagMeta         = 0x04
	flagFreelist     = 0x10
	flagBucket       = 0x01
	noFreelist       = ^uint64(0)

	// inspectPageCap bounds the pages read, so start-up stays fast on a
	// big file; deeper damage is caught when bbolt reads it (see Safely).
	inspectPageCap = 128
	// maxInspectPage bounds one page read with its overflow, so a garbage
	// overflow count cannot make the check read the whole file.
	maxInspectPage = 4 << 20
)

// ErrDamaged is what every DamageError matches with errors.Is.
var ErrDamaged = errors.New("the data file is damaged")

// DamageError says what is wrong with a damaged data file. The file was
// not changed.
type DamageError struct {
	// Detail is what was found, for the screen and for support.
	Detail string
}

func (e *DamageError) Error() string {
	return "the data file is damaged (" + e.Detail + "); it was not changed: open another file, such as a backup copy"
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamageError) Is(target error) bool { return target == ErrDamaged }

func damaged(format string, args ...any) error {
	return &DamageError{Detail: fmt.Sprintf(format, args...)}
}

type meta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	hwm      uint64 // pages in use: every page id is below it
	txid     uint64
}

// readMeta decodes the meta page in buf (a page header first); ok is false
// when the magic, version or checksum is wrong; bolt says whether the
// magic at least is bbolt's.
func readMeta(buf []byte) (m meta, bolt, ok bool) {
	if len(buf) < pageHeaderSize+64 {
		return m, false, false
	}
	b := buf[pageHeaderSize:]
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic {
		return m, false, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if le.Uint32(b[4:]) != boltVersion || le.Uint64(b[56:]) != h.Sum64() {
		return m, true, false
	}
	m = meta{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]), hwm: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	return m, true, true
}

// inspect checks path's meta pages, size, root and freelist pages and the
// top two levels of buckets. It returns ErrNotShopdesk for a file that is
// not bbolt's at all, a *DamageError for a damaged one, and nil otherwise.
func inspect(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open the data file: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open the data file: %w", err)
	}
	size := st.Size()

	// Meta page 0 is at 0; meta page 1 one page further, and the page size
	// is in the meta itself, so try the sizes bbolt would (1 KB … 16 MB).
	var metas []meta
	anyBolt := false
	buf := make([]byte, 0x1000)
	read := func(off int64) []byte {
		n, _ := f.ReadAt(buf, off)
		return buf[:n]
	}
	if m, isBolt, ok := readMeta(read(0)); ok {
		metas = append(metas, m)
		anyBolt = true
	} else if isBolt {
		anyBolt = true
	}
	for i := 0; i <= 14; i++ {
		off := int64(1024) << i
		if off >= size {
			break
		}
		if m, isBolt, ok := readMeta(read(off)); ok && int64(m.pageSize) == off {
			metas = append(metas, m)
			anyBolt = true
			break
		} else if isBolt {
			anyBolt = true
		}
	}
	if !anyBolt {
		return ErrNotShopdesk
	}
	if len(metas) == 0 {
		return damaged("both header pages fail their checksum")
	}
	// bbolt uses the newest valid meta; one torn meta (a crash mid-commit)
	// is what the second one is for.
	m := metas[0]
	if len(metas) == 2 && metas[1].txid > m.txid {
		m = metas[1]
	}
	ps := int64(m.pageSize)
	if ps < 1024 || ps > 1<<24 || ps&(ps-1) != 0 {
		return damaged("the page size %d is impossible", ps)
	}
	if m.hwm < 3 {
		return damaged("the header counts %d pages", m.hwm)
	}
	if m.hwm > uint64(size/ps) {
		return damaged("it is %s, shorter than the %s it says it holds: it looks cut short, like an unfinished copy", kb(size), kb(int64(m.hwm)*ps))
	}
	in := &inspector{f: f, ps: ps, hwm: m.hwm}
	if m.freelist != noFreelist {
		if m.freelist < 2 || m.freelist >= m.hwm {
			return damaged("the free-page list points at page %d, outside the file's %d pages", m.freelist, m.hwm)
		}
		p, err := in.page(m.freelist)
		if err != nil {
			return err
		}
		if p.flags != flagFreelist {
			return damaged("page %d should list free pages but holds something else", m.freelist)
		}
	}
	if m.root < 2 || m.root >= m.hwm {
		return damaged("the root points at page %d, outside the file's %d pages", m.root, m.hwm)
	}
	// Level 1: the root bucket's tree, whose leaves name the top-level
	// buckets. Level 2: each of those buckets' trees, until the cap.
	var tops []uint64
	if err := in.tree(m.root, func(v []byte) error {
		if len(v) < bucketHeaderSize {
			return damaged("a bucket header is %d bytes", len(v))
		}
		root := binary.LittleEndian.Uint64(v)
		if root == 0 {
			_, err := in.check(0, v[bucketHeaderSize:], nil)
			return err
		}
		tops = append(tops, root)
		return nil
	}); err != nil {
		return err
	}
	for _, root := range tops {
		if err := in.tree(root, nil); err != nil {
			return err
		}
	}
	return nil
}

type inspector struct {
	f     io.ReaderAt
	ps    int64
	hwm   uint64
	reads int
	seen  map[uint64]bool
}

type page struct {
	flags uint16
	data  []byte // the whole page, overflow included
}

// page reads page id with its overflow pages and checks its header.
func (in *inspector) page(id uint64) (page, error) {
	if id < 2 || id >= in.hwm {
		return page{}, damaged("a link points at page %d, outside the file's %d pages", id, in.hwm)
	}
	in.reads++
	hdr := make([]byte, pageHeaderSize)
	if _, err := in.f.ReadAt(hdr, int64(id)*in.ps); err != nil {
		return page{}, damaged("page %d cannot be read: %v", id, err)
	}
	le := binary.LittleEndian
	if got := le.Uint64(hdr); got != id {
		return page{}, damaged("page %d is overwritten (it says it is page %d)", id, got)
	}
	over := uint64(le.Uint32(hdr[12:]))
	if id+over >= in.hwm {
		return page{}, damaged("page %d runs past the end of the file", id)
	}
	if int64(over+1)*in.ps > maxInspectPage {
		// A page this big (a huge value) is not read here: its header
		// was checked, and bbolt's own reads are guarded by Safely.
		return page{flags: le.Uint16(hdr[8:])}, nil
	}
	data := make([]byte, int64(over+1)*in.ps)
	if _, err := in.f.ReadAt(data, int64(id)*in.ps); err != nil {
		return page{}, damaged("page %d cannot be read: %v", id, err)
	}
	return page{flags: le.Uint16(hdr[8:]), data: data}, nil
}

// tree walks the B+tree at root breadth first, while under the page cap,
// calling leaf for the value of each bucket entry of the first page level
// that has leaves.
func (in *inspector) tree(root uint64, leaf func(v []byte) error) error {
	if in.seen == nil {
		in.seen = map[uint64]bool{}
	}
	queue := []uint64{root}
	for len(queue) > 0 && in.reads < inspectPageCap {
		id := queue[0]
		queue = queue[1:]
		if in.seen[id] {
			return damaged("page %d is linked twice", id)
		}
		in.seen[id] = true
		p, err := in.page(id)
		if err != nil {
			return err
		}
		if p.flags != flagBranch && p.flags != flagLeaf {
			return damaged("page %d holds garbage where records should be", id)
		}
		if p.data == nil {
			continue
		}
		children, err := in.check(id, p.data, leaf)
		if err != nil {
			return err
		}
		queue = append(queue, children...)
	}
	return nil
}

// check bounds every element of the page in data (an inline bucket's page
// when id is 0): offsets, sizes, and child page ids.
func (in *inspector) check(id uint64, data []byte, leaf func(v []byte) error) ([]uint64, error) {
	le := binary.LittleEndian
	if len(data) < pageHeaderSize {
		return nil, damaged("an inline bucket is %d bytes", len(data))
	}
	flags, count := le.Uint16(data[8:]), int(le.Uint16(data[10:]))
	if id == 0 && flags != flagLeaf && !(flags == 0 && count == 0) {
		return nil, damaged("an inline bucket holds garbage")
	}
	if pageHeaderSize+count*elemSize > len(data) {
		return nil, damaged("page %d claims %d records, more than fit", id, count)
	}
	var children []uint64
	for i := range count {
		at := pageHeaderSize + i*elemSize
		e := data[at : at+elemSize]
		if flags == flagBranch {
			pos, ksize, child := int(le.Uint32(e)), int(le.Uint32(e[4:])), le.Uint64(e[8:])
			if at+pos+ksize > len(data) {
				return nil, damaged("page %d has a key past its end", id)
			}
			if child < 2 || child >= in.hwm {
				return nil, damaged("page %d links to page %d, outside the file's %d pages", id, child, in.hwm)
			}
			children = append(children, child)
			continue
		}
		ef, pos, ksize, vsize := le.Uint32(e), int(le.Uint32(e[4:])), int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
		end := at + pos + ksize + vsize
		if pos < 0 || end > len(data) || end < at {
			return nil, damaged("page %d has a record past its end", id)
		}
		if ef&flagBucket != 0 && leaf != nil {
			if err := leaf(data[at+pos+ksize : end]); err != nil {
				return nil, err
			}
		}
	}
	return children, nil
}

func kb(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
