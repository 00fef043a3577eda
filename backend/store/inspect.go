package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The on-disk layout of a bbolt file (go.etcd.io/bbolt/internal/common),
// read here by hand: bbolt trusts its pages and panics, or faults, on a
// page it cannot make sense of, so the file is looked at before it is.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16 // id u64, flags u16, count u16, overflow u32
	metaSize         = 64 // magic, version, pageSize, flags u32; root, sequence, freelist, hwm, txid, checksum u64
	metaSumLen       = 56 // the checksum covers the meta up to itself
	elementSize      = 16 // branch: pos, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	bucketHeaderSize = 16 // root pgid u64, sequence u64
	noFreelist       = ^uint64(0)

	branchPage   = 0x01
	leafPage     = 0x02
	freelistPage = 0x10
	bucketLeaf   = 0x01
)

// inspectPageBudget caps the pages inspect reads, so that start-up stays
// fast on any file: the meta pages, the freelist, the tree of top-level
// buckets and each bucket's root page fit in it for Shopdesk's files.
const inspectPageBudget = 128

// meta is the part of a meta page inspect needs.
type meta struct {
	pageSize        uint32
	root, freelist  uint64
	hwm, txid       uint64
	magicOK, sumsOK bool
}

func parseMeta(b []byte) meta {
	le := binary.LittleEndian
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	h := fnv.New64a()
	h.Write(m[:metaSumLen])
	return meta{
		magicOK:  le.Uint32(m[0:]) == boltMagic && le.Uint32(m[4:]) == boltVersion,
		sumsOK:   h.Sum64() == le.Uint64(m[56:]),
		pageSize: le.Uint32(m[8:]),
		root:     le.Uint64(m[16:]),
		freelist: le.Uint64(m[32:]),
		hwm:      le.Uint64(m[40:]),
		txid:     le.Uint64(m[48:]),
	}
}

// inspect checks, reading only, that the file at path is a whole bbolt
// file: its header (meta) pages, its length against what they say, and the
// pages of its top two bucket levels. It returns ErrNotShopdesk for a file
// that is not a bbolt file at all and a *DamageError for one that is, but
// is damaged. It never writes.
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
	in := &inspector{f: f, size: st.Size(), budget: inspectPageBudget}
	return in.run()
}

type inspector struct {
	f      io.ReaderAt
	size   int64
	ps     int64
	hwm    uint64
	budget int
}

func damaged(format string, args ...any) error {
	return &DamageError{Detail: fmt.Sprintf(format, args...)}
}

func (in *inspector) run() error {
	first := make([]byte, 4096)
	n, _ := in.f.ReadAt(first, 0)
	first = first[:n]
	if n < pageHeaderSize+metaSize {
		if allZero(first) {
			return damaged("the file is only %d bytes long and blank", in.size)
		}
		return ErrNotShopdesk
	}
	m0 := parseMeta(first)
	// The second meta page sits one page in; its size is in the first, or,
	// if that one is gone, found the way bbolt finds it: by trying each.
	var m1 meta
	found1 := false
	sizes := []int64{int64(m0.pageSize)}
	if !m0.magicOK {
		sizes = sizes[:0]
		for i := 0; i <= 14; i++ {
			sizes = append(sizes, 1024<<i)
		}
	}
	for _, ps := range sizes {
		if ps < 1024 || ps+pageHeaderSize+metaSize > in.size {
			continue
		}
		b := make([]byte, pageHeaderSize+metaSize)
		if _, err := in.f.ReadAt(b, ps); err != nil {
			continue
		}
		if m := parseMeta(b); m.magicOK && m.pageSize == uint32(ps) {
			m1, found1 = m, true
			break
		}
	}
	switch {
	case !m0.magicOK && !found1:
		if allZero(first) {
			return damaged("its first page is blank: the start of the file was lost")
		}
		return ErrNotShopdesk
	case !m0.magicOK:
		return damaged("its first header page is unreadable")
	case !found1:
		return damaged("its second header page is unreadable")
	}
	// A checksum that fails on one meta page only is a write that was cut
	// short (a power cut): bbolt falls back to the other, previous, state,
	// as it was designed to, so that is not damage.
	m := m0
	switch {
	case !m0.sumsOK && !m1.sumsOK:
		return damaged("both header pages fail their checksum")
	case !m0.sumsOK:
		m = m1
	case m1.sumsOK && m1.txid > m0.txid:
		m = m1
	}
	ps := int64(m.pageSize)
	if ps < 1024 || ps > 1<<24 || ps&(ps-1) != 0 {
		return damaged("its header gives an impossible page size (%d)", ps)
	}
	in.ps, in.hwm = ps, m.hwm
	if m.hwm < 4 {
		return damaged("its header says it has %d pages", m.hwm)
	}
	if want := int64(m.hwm) * ps; in.size < want {
		return damaged("the file is cut short: %d bytes of %d (a copy or download that did not finish?)", in.size, want)
	}
	if m.root < 2 || m.root >= m.hwm {
		return damaged("its header points past the end of the file (root page %d of %d)", m.root, m.hwm)
	}
	if m.freelist != noFreelist {
		if m.freelist < 2 || m.freelist >= m.hwm {
			return damaged("its header points past the end of the file (free page list at %d of %d)", m.freelist, m.hwm)
		}
		if err := in.freelist(m.freelist); err != nil {
			return err
		}
	}
	return in.buckets(m.root)
}

// page reads page id and its overflow pages. ok is false once the budget
// is spent: the caller stops checking, since what was read was fine.
func (in *inspector) page(id uint64) (b []byte, ok bool, err error) {
	if in.budget <= 0 {
		return nil, false, nil
	}
	hdr := make([]byte, pageHeaderSize)
	if _, err := in.f.ReadAt(hdr, int64(id)*in.ps); err != nil {
		return nil, false, damaged("page %d cannot be read: %v", id, err)
	}
	le := binary.LittleEndian
	if got := le.Uint64(hdr); got != id {
		return nil, false, damaged("page %d holds page %d's header: the file's pages are mixed up or overwritten", id, got)
	}
	overflow := uint64(le.Uint32(hdr[12:]))
	if id+overflow >= in.hwm {
		return nil, false, damaged("page %d runs past the end of the file", id)
	}
	in.budget -= int(overflow + 1)
	if in.budget < 0 {
		return nil, false, nil
	}
	b = make([]byte, int64(overflow+1)*in.ps)
	if _, err := in.f.ReadAt(b, int64(id)*in.ps); err != nil {
		return nil, false, damaged("page %d cannot be read: %v", id, err)
	}
	return b, true, nil
}

func (in *inspector) freelist(id uint64) error {
	b, ok, err := in.page(id)
	if err != nil || !ok {
		return err
	}
	le := binary.LittleEndian
	if le.Uint16(b[8:]) != freelistPage {
		return damaged("the free page list (page %d) is not one", id)
	}
	count, start := uint64(le.Uint16(b[10:])), uint64(pageHeaderSize)
	if count == 0xFFFF { // the real count is the first element
		if len(b) < pageHeaderSize+8 {
			return damaged("the free page list (page %d) is cut short", id)
		}
		count, start = le.Uint64(b[pageHeaderSize:]), pageHeaderSize+8
	}
	if start+count*8 > uint64(len(b)) {
		return damaged("the free page list (page %d) is longer than its page", id)
	}
	for i := range count {
		if p := le.Uint64(b[start+i*8:]); p < 2 || p >= in.hwm {
			return damaged("the free page list (page %d) names page %d of %d", id, p, in.hwm)
		}
	}
	return nil
}

// buckets walks the root bucket's tree (the names of the top-level
// buckets) and checks the root page of each bucket it lists.
func (in *inspector) buckets(root uint64) error {
	todo := []uint64{root}
	var bucketRoots []uint64
	for len(todo) > 0 {
		id := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		b, ok, err := in.page(id)
		if err != nil || !ok {
			return err
		}
		children, values, err := in.elements(id, b)
		if err != nil {
			return err
		}
		todo = append(todo, children...)
		for _, v := range values {
			if len(v) < bucketHeaderSize {
				return damaged("page %d lists a bucket with a cut-short header", id)
			}
			r := binary.LittleEndian.Uint64(v)
			if r == 0 { // inline bucket: its page is in the value
				if _, _, err := in.elements(id, v[bucketHeaderSize:]); err != nil {
					return err
				}
				continue
			}
			if r < 2 || r >= in.hwm {
				return damaged("page %d points past the end of the file (page %d of %d)", id, r, in.hwm)
			}
			bucketRoots = append(bucketRoots, r)
		}
	}
	for _, r := range bucketRoots {
		b, ok, err := in.page(r)
		if err != nil || !ok {
			return err
		}
		if _, _, err := in.elements(r, b); err != nil {
			return err
		}
	}
	return nil
}

// elements checks a branch or leaf page laid out in b (page id, or an
// inline bucket read from page id) and returns a branch's children, or a
// leaf's bucket values.
func (in *inspector) elements(id uint64, b []byte) (children []uint64, buckets [][]byte, err error) {
	if len(b) < pageHeaderSize {
		return nil, nil, damaged("page %d is cut short", id)
	}
	le := binary.LittleEndian
	flags, count := le.Uint16(b[8:]), int(le.Uint16(b[10:]))
	if flags != branchPage && flags != leafPage {
		return nil, nil, damaged("page %d is neither a branch nor a leaf (flags %#x): it was overwritten", id, flags)
	}
	if pageHeaderSize+count*elementSize > len(b) {
		return nil, nil, damaged("page %d lists more entries than it holds", id)
	}
	for i := range count {
		at := pageHeaderSize + i*elementSize
		e := b[at : at+elementSize]
		if flags == branchPage {
			pos, ksize, child := uint64(le.Uint32(e)), uint64(le.Uint32(e[4:])), le.Uint64(e[8:])
			if uint64(at)+pos+ksize > uint64(len(b)) {
				return nil, nil, damaged("page %d has an entry past its end", id)
			}
			if child < 2 || child >= in.hwm {
				return nil, nil, damaged("page %d points past the end of the file (page %d of %d)", id, child, in.hwm)
			}
			children = append(children, child)
			continue
		}
		fl, pos, ksize, vsize := le.Uint32(e), uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
		end := uint64(at) + pos + ksize + vsize
		if end > uint64(len(b)) {
			return nil, nil, damaged("page %d has an entry past its end", id)
		}
		if fl&bucketLeaf != 0 {
			buckets = append(buckets, b[uint64(at)+pos+ksize:end])
		}
	}
	return children, buckets, nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
