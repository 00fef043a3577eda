package app

import (
	"errors"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/returns"
	"shopdesk/backend/tickets"
)

// Orders are the shop's orders. Everyone looks them up and types in a
// phone order; only the owner imports a whole export or deletes one.
type Orders struct{ c *core }

// EventImport carries an orders.ImportReport while an import runs (at most
// ten times a second) and once when it ends.
const EventImport = "orders:import"

// OrderView is an order with who bought it and what came of it.
type OrderView struct {
	Order    orders.Order       `json:"order"`
	Customer customers.Customer `json:"customer"`
	Tickets  []tickets.Summary  `json:"tickets"`
	Returns  []returns.Row      `json:"returns"`
}

var errNotYet = errors.New("this part of Shopdesk is not ready yet")

// List: anyone. Newest first.
func (o *Orders) List(q orders.ListQuery) (p orders.Page, err error) {
	defer guard("Orders.List", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return p, err
	}
	return p, errNotYet
}

// Get: anyone.
func (o *Orders) Get(id uint64) (v OrderView, err error) {
	defer guard("Orders.Get", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// Find: anyone. The order a ticket's order number names.
func (o *Orders) Find(number string) (v orders.Order, err error) {
	defer guard("Orders.Find", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return v, err
	}
	return v, errNotYet
}

// ForCustomer: anyone. A customer's orders, newest first.
func (o *Orders) ForCustomer(customerID uint64) (out []orders.Summary, err error) {
	defer guard("Orders.ForCustomer", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return nil, err
	}
	return nil, errNotYet
}

// Save: anyone. ID 0 adds an order typed in by hand; otherwise an edit of
// the order saved as version.
func (o *Orders) Save(id, version uint64, in orders.Input) (out orders.Order, err error) {
	defer guard("Orders.Save", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return out, err
	}
	return out, errNotYet
}

// Delete: owner only.
func (o *Orders) Delete(id uint64) (err error) {
	defer guard("Orders.Delete", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return err
	}
	return errNotYet
}

// PickImportFile: owner only. The file dialog; "" when cancelled.
func (o *Orders) PickImportFile() (path string, err error) {
	defer guard("Orders.PickImportFile", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return "", err
	}
	return "", errNotYet
}

// Import: owner only. Starts importing the export at path in the
// background; progress comes as EventImport and from ImportStatus.
func (o *Orders) Import(path string, format orders.Format) (r orders.ImportReport, err error) {
	defer guard("Orders.Import", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	return r, errNotYet
}

// ImportStatus: owner only. The running or last import.
func (o *Orders) ImportStatus() (r orders.ImportReport, err error) {
	defer guard("Orders.ImportStatus", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	return r, errNotYet
}

// CancelImport: owner only. Stops after the order being written: the
// orders written so far stay, none is left half written.
func (o *Orders) CancelImport() (r orders.ImportReport, err error) {
	defer guard("Orders.CancelImport", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	return r, errNotYet
}
