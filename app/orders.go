package app

import (
	"errors"
	"fmt"
	"os"
	"time"

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

// MaxOrderTickets caps the tickets an order view lists.
const MaxOrderTickets = 50

// List: anyone. Newest first.
func (o *Orders) List(q orders.ListQuery) (p orders.Page, err error) {
	defer guard("Orders.List", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return p, err
	}
	return o.c.orders.List(q)
}

// Get: anyone.
func (o *Orders) Get(id uint64) (v OrderView, err error) {
	defer guard("Orders.Get", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return v, err
	}
	if v.Order, err = o.c.orders.Get(id); err != nil {
		return v, err
	}
	if v.Customer, err = o.c.customers.Get(v.Order.CustomerID); err != nil && !errors.Is(err, customers.ErrNotFound) {
		return v, err
	}
	if v.Tickets, err = o.c.tickets.ForOrder(v.Order.Number, MaxOrderTickets); err != nil {
		return v, err
	}
	v.Returns, err = o.c.returnsForOrder(id)
	return v, err
}

// Find: anyone. The order a ticket's order number names.
func (o *Orders) Find(number string) (v orders.Order, err error) {
	defer guard("Orders.Find", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return v, err
	}
	v, ok, err := o.c.orders.ByNumber(number)
	if err == nil && !ok {
		err = fmt.Errorf("order %s is not in Shopdesk yet: import the shop's orders, or add it by hand", number)
	}
	return v, err
}

// ForCustomer: anyone. A customer's orders, newest first.
func (o *Orders) ForCustomer(customerID uint64) (out []orders.Summary, err error) {
	defer guard("Orders.ForCustomer", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return nil, err
	}
	return o.c.orders.ForCustomer(customerID, MaxProfileTickets)
}

// Save: anyone. ID 0 adds an order typed in by hand; otherwise an edit of
// the order saved as version.
func (o *Orders) Save(id, version uint64, in orders.Input) (out orders.Order, err error) {
	defer guard("Orders.Save", &err)
	if _, err = o.c.sess.anyone(); err != nil {
		return out, err
	}
	if id == 0 {
		out, err = o.c.orders.Create(in)
	} else {
		out, err = o.c.orders.Update(id, version, in)
	}
	if err == nil {
		o.c.ticketsChanged.poke()
	}
	return out, err
}

// Delete: owner only.
func (o *Orders) Delete(id uint64) (err error) {
	defer guard("Orders.Delete", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return err
	}
	return o.c.orders.Delete(id)
}

// csvDialogs is the part of the window runtime that asks for an export.
type csvDialogs interface {
	OpenCSV(title string) (string, error)
}

// PickImportFile: owner only. The file dialog; "" when cancelled.
func (o *Orders) PickImportFile() (path string, err error) {
	defer guard("Orders.PickImportFile", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return "", err
	}
	if o.c.pickFile != "" {
		return o.c.pickFile, nil
	}
	d, ok := o.c.rt.(csvDialogs)
	if !ok {
		return "", fmt.Errorf("this window cannot show a file dialog")
	}
	return d.OpenCSV("Import orders")
}

// Import: owner only. Starts importing the export at path in the
// background; progress comes as EventImport and from ImportStatus.
func (o *Orders) Import(path string, format orders.Format) (r orders.ImportReport, err error) {
	defer guard("Orders.Import", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	switch format {
	case "", orders.FormatAuto, orders.FormatShopify, orders.FormatWooCommerce, orders.FormatCSV:
	default:
		return r, fmt.Errorf("format %q is not one Shopdesk reads: choose Automatic, Shopify, WooCommerce or Plain CSV", format)
	}
	if st, serr := os.Stat(path); serr != nil || st.IsDir() {
		return r, fmt.Errorf("%q is not a file Shopdesk can read: choose the exported CSV file again", path)
	}
	var last time.Time
	return o.c.orders.Start(path, format, func(rep orders.ImportReport) {
		// Progress at most ten times a second; the end always.
		if rep.State == orders.ImportRunning && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		o.c.rt.Emit(EventImport, rep)
		if rep.State != orders.ImportRunning {
			o.c.ticketsChanged.poke()
		}
	})
}

// ImportStatus: owner only. The running or last import.
func (o *Orders) ImportStatus() (r orders.ImportReport, err error) {
	defer guard("Orders.ImportStatus", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	return o.c.orders.Status(), nil
}

// CancelImport: owner only. Stops after the order being written: the
// orders written so far stay, none is left half written.
func (o *Orders) CancelImport() (r orders.ImportReport, err error) {
	defer guard("Orders.CancelImport", &err)
	if _, err = o.c.sess.owner(); err != nil {
		return r, err
	}
	return o.c.orders.Cancel(), nil
}
