package store

import "errors"

var (
	// ErrLocked is returned by Open when another Shopdesk holds the data file.
	//lint:ignore ST1005 the message starts with the product name and is shown to the owner as written
	ErrLocked = errors.New("Shopdesk is already open: switch to the open window, or close it first")

	// ErrNotShopdesk is returned by Open when the file exists but is not a
	// Shopdesk database. The file is left untouched.
	ErrNotShopdesk = errors.New("this file is not a Shopdesk data file: choose another file or folder; the file was not changed")

	// ErrTooNew is returned by Open when the file was written by a newer Shopdesk.
	ErrTooNew = errors.New("this data file was made by a newer Shopdesk: install the newer version to open it")
)
