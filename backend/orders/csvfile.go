package orders

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"shopdesk/backend/limits"
)

// counter counts the bytes read, for the progress bar.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// sniffLen is how much of the file decides its encoding and delimiter.
const sniffLen = 1 << 20

// csvFile is an export opened for reading: its encoding and delimiter
// found, its header read.
type csvFile struct {
	r       *csv.Reader
	cols    map[string]int
	header  []string
	latin   bool // read as Windows-1252, not UTF-8
	records int
}

// openCSV looks at the start of the file: a UTF-8 byte-order mark is
// dropped; text that is not UTF-8 is read as Windows-1252 (what Excel on
// Windows saves); the header's commas, semicolons or tabs give the
// delimiter.
func openCSV(in io.Reader) (*csvFile, error) {
	br := bufio.NewReaderSize(in, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, fmt.Errorf("read the file: %w", err)
	}
	if len(head) == 0 {
		return nil, fmt.Errorf("the file is empty: export the orders again")
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, fmt.Errorf("this is not a CSV file (it has binary data in it): export the orders as CSV")
	}
	f := &csvFile{}
	var src io.Reader = br
	if bytes.HasPrefix(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
		head = head[3:]
	} else if !utf8.Valid(trimPartialRune(head)) {
		f.latin = true
		src = charmap.Windows1252.NewDecoder().Reader(br)
	}
	line := head
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		line = head[:i]
	}
	f.r = csv.NewReader(src)
	f.r.Comma = delimiter(line)
	f.r.FieldsPerRecord = -1
	f.r.ReuseRecord = true
	hdr, err := f.r.Read()
	if err != nil {
		return nil, fmt.Errorf("the first line of the file is not a CSV header: %w", err)
	}
	f.header = make([]string, len(hdr))
	f.cols = make(map[string]int, len(hdr))
	for i, h := range hdr {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		f.header[i] = h
		if _, dup := f.cols[strings.ToLower(h)]; !dup {
			f.cols[strings.ToLower(h)] = i
		}
	}
	return f, nil
}

// trimPartialRune drops a character cut in half at the end of the sniffed
// bytes, so it does not look like bad UTF-8.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			return b
		}
		if len(b) < sniffLen {
			return b // the whole file: a bad byte at its end is bad
		}
		b = b[:len(b)-1]
	}
	return b
}

func delimiter(line []byte) rune {
	best, n := ',', 0
	for _, d := range []rune{',', ';', '\t'} {
		if c := countOutsideQuotes(line, byte(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

func countOutsideQuotes(line []byte, d byte) int {
	n, quoted := 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == d && !quoted:
			n++
		}
	}
	return n
}

func (f *csvFile) has(names ...string) bool {
	for _, n := range names {
		if _, ok := f.cols[n]; !ok {
			return false
		}
	}
	return true
}

// col is the first of names the header has, or -1.
func (f *csvFile) col(names ...string) int {
	for _, n := range names {
		if i, ok := f.cols[n]; ok {
			return i
		}
	}
	return -1
}

// firstLine describes the header for an error message.
func (f *csvFile) firstLine() string {
	return limits.Clip(strings.Join(f.header, ", "), 160)
}

// row is one record with the line it starts on.
type row struct {
	line int
	rec  []string
}

// get is field i trimmed ("" when the row is short or i is -1).
func (r row) get(i int) string {
	if i < 0 || i >= len(r.rec) {
		return ""
	}
	return strings.TrimSpace(r.rec[i])
}

func (r row) empty() bool {
	for _, v := range r.rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// next reads the next record; a malformed one comes back as a *csv.ParseError
// with its line, and reading goes on after it.
func (f *csvFile) next() (row, error) {
	rec, err := f.r.Read()
	if err != nil {
		return row{}, err
	}
	line, _ := f.r.FieldPos(0)
	f.records++
	return row{line: line, rec: rec}, nil
}
