package tickets

// The list rows (store.BucketTicketRows) store status, priority, channel and
// category as one-byte codes. The codes are written to the data file, so
// they are fixed here rather than taken from positions in the value lists:
// reordering or inserting a value must never change what a stored row means.
// Never change or reuse a code; give a new value the next free number.
// Codes must stay below 16: list filters are 16-bit sets over them.

// Status codes; activeCode depends on these numbers.
const (
	codeNew       uint8 = 0
	codeOpen      uint8 = 1
	codePending   uint8 = 2
	codeEscalated uint8 = 3
	codeResolved  uint8 = 4
	codeClosed    uint8 = 5
)

var statusCodes = map[Status]uint8{
	StatusNew: codeNew, StatusOpen: codeOpen, StatusPending: codePending,
	StatusEscalated: codeEscalated, StatusResolved: codeResolved, StatusClosed: codeClosed,
}

// Priority codes run from most to least urgent: the priority sort orders by them.
var priorityCodes = map[Priority]uint8{Urgent: 0, High: 1, Normal: 2, Low: 3}

var channelCodes = map[Channel]uint8{
	"email": 0, "chat": 1, "phone": 2, "social": 3, "marketplace": 4, "webform": 5,
}

var categoryCodes = map[Category]uint8{
	"shipping_delay": 0, "incorrect_item": 1, "item_missing": 2, "cancellation": 3,
	"out_of_stock": 4, "complaint": 5, "return_refund": 6, "product_question": 7, "other": 8,
}

// activeCode reports whether a stored status code is one still needing work.
func activeCode(st uint8) bool {
	return st == codeNew || st == codeOpen || st == codePending || st == codeEscalated
}
