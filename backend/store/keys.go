package store

import "encoding/binary"

// U64 encodes an ID as 8 big-endian bytes, so keys sort in creation order.
func U64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// ParseU64 decodes an 8-byte big-endian key; short input yields 0.
func ParseU64(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// Key joins parts into one index key. Parts are copied.
func Key(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}
