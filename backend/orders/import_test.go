package orders_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/orders/ordertest"
)

func shopifyFile(t *testing.T, list []ordertest.Order) string {
	t.Helper()
	var b bytes.Buffer
	if err := ordertest.WriteShopify(&b, list); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestShopifyExportOneOrderOverSeveralRows(t *testing.T) {
	s, db := newService(t)
	placed := time.Date(2026, 10, 7, 9, 50, 26, 0, time.FixedZone("", 2*3600))
	file := shopifyFile(t, []ordertest.Order{{Name: "#1001", Email: "Ann.Lee@Example.com", Customer: "Ann Lee", Created: placed,
		Financial: "paid", Fulfillment: "fulfilled", Currency: "EUR", Shipping: 495, Tax: 0, Discount: 300,
		Lines: []ordertest.Line{{Name: "Linen throw", SKU: "LT-1", Qty: 2, Price: 8900, Discount: 890}, {Name: "Mug", SKU: "MUG", Qty: 1, Price: 2400}}}})
	if !strings.HasPrefix(file, "\ufeff") || !strings.Contains(file, "\r\n") || !strings.Contains(file, "'04101") {
		t.Fatal("the written file is not shaped like Shopify's (BOM, CRLF, apostrophe zip)")
	}
	rep := importText(t, s, file, orders.FormatAuto)
	if rep.Format != orders.FormatShopify || rep.Added != 1 || rep.Orders != 1 || rep.Rows != 2 || rep.SkippedAll != 0 {
		t.Fatalf("report %+v", rep)
	}
	o := mustNumber(t, s, "1001")
	if len(o.Items) != 2 || o.Items[0].Quantity != 2 || o.Items[0].UnitPrice != 8900 || o.Items[0].Discount != 890 || o.Items[1].Line != 2 {
		t.Fatalf("items %+v", o.Items)
	}
	if o.Subtotal != 2*8900-890+2400 || o.Discount != 300 || o.Total != o.Subtotal-300+495 || o.Currency != "EUR" {
		t.Fatalf("sums: subtotal %d discount %d total %d", o.Subtotal, o.Discount, o.Total)
	}
	if !o.PlacedAt.Equal(placed) || o.FulfilledAt != nil || o.Payment != orders.PaymentPaid || o.Fulfilment != orders.Fulfilled {
		t.Fatalf("dates and statuses: %v %v %s %s", o.PlacedAt, o.FulfilledAt, o.Payment, o.Fulfilment)
	}
	c, err := customers.NewService(db).Get(o.CustomerID)
	if err != nil || c.Name != "Ann Lee" || !strings.EqualFold(c.Email, "ann.lee@example.com") {
		t.Fatalf("customer %+v %v", c, err)
	}
	checkIndexes(t, db)
}

func TestTheSameFileTwiceAddsNothingAndANewerExportUpdates(t *testing.T) {
	s, db := newService(t)
	list := ordertest.Sample(40, 7, testNow)
	file := shopifyFile(t, list)
	first := importText(t, s, file, orders.FormatShopify)
	if first.Added != 40 || first.SkippedAll != 0 {
		t.Fatalf("first import %+v", first)
	}
	again := importText(t, s, file, orders.FormatShopify)
	if again.Added != 0 || again.Updated != 0 || again.Unchanged != 40 || again.NewCustomers != 0 {
		t.Fatalf("second import of the same file: %+v", again)
	}
	before := mustNumber(t, s, list[3].Name)
	list[3].Financial, list[3].Refunded = "partially_refunded", 1000
	newer := importText(t, s, shopifyFile(t, list), orders.FormatShopify)
	if newer.Updated != 1 || newer.Unchanged != 39 || newer.Added != 0 {
		t.Fatalf("newer export: %+v", newer)
	}
	after := mustNumber(t, s, list[3].Name)
	if after.ID != before.ID || after.Version != before.Version+1 || after.Refunded != 1000 || after.Payment != orders.PaymentPartiallyRefunded {
		t.Fatalf("updated order: %+v", after)
	}
	checkIndexes(t, db)
}

func TestCustomersMatchedByEmailIgnoringCase(t *testing.T) {
	s, db := newService(t)
	cs := customers.NewService(db)
	known, err := cs.Create(customers.Input{Name: "Dana Fox", Email: "dana@fox.example"})
	if err != nil {
		t.Fatal(err)
	}
	file := csvOf("order_id,order_date,customer_email,customer_name,item_name,quantity,unit_price",
		"A-1,2026-09-01,DANA@Fox.Example,Dana F.,Vase,1,54.00",
		"A-2,2026-09-02,new.person@example.com,,Mug,2,24.00")
	rep := importText(t, s, file, orders.FormatAuto)
	if rep.Format != orders.FormatCSV || rep.Added != 2 || rep.NewCustomers != 1 {
		t.Fatalf("report %+v", rep)
	}
	if o := mustNumber(t, s, "A-1"); o.CustomerID != known.ID {
		t.Fatalf("A-1 went to customer %d, want the existing %d", o.CustomerID, known.ID)
	}
	o2 := mustNumber(t, s, "a-2")
	c, _ := cs.Get(o2.CustomerID)
	if c.Name != "New Person" {
		t.Fatalf("new customer named %q", c.Name)
	}
	if p, _ := cs.List(customers.ListQuery{Search: "new person"}); p.Total != 1 {
		t.Fatalf("the new customer is not in the customer list: %+v", p)
	}
	checkIndexes(t, db)
}

func TestWooCommerceOneRowPerItem(t *testing.T) {
	s, _ := newService(t)
	file := csvOf("order_id,order_number,order_date,status,shipping_total,tax_total,discount_total,order_total,order_currency,payment_method_title,billing_first_name,billing_last_name,billing_email,billing_phone,item_name,item_sku,item_quantity,item_subtotal,item_total",
		"4959,4959,2026-08-14 10:22:05,completed,5.00,0.00,3.00,62.00,GBP,Credit card,Sam,Okafor,sam@example.co.uk,+44 20 7946 0000,Wool blanket,WB-1,1,40.00,37.00",
		"4959,4959,2026-08-14 10:22:05,completed,5.00,0.00,3.00,62.00,GBP,Credit card,Sam,Okafor,sam@example.co.uk,+44 20 7946 0000,Mug,MUG,2,20.00,20.00",
		"4960,4960,2026-08-15 08:00:00,processing,0.00,0.00,0.00,10.00,GBP,PayPal,Ann,Lee,ann@example.com,,Napkins,CN-4,3,10.00,10.00")
	rep := importText(t, s, file, orders.FormatAuto)
	if rep.Format != orders.FormatWooCommerce || rep.Added != 2 || rep.SkippedAll != 0 {
		t.Fatalf("report %+v", rep)
	}
	o := mustNumber(t, s, "4959")
	if len(o.Items) != 2 || o.Items[0].UnitPrice != 4000 || o.Items[0].Discount != 300 || o.Total != 6200 || o.Currency != "GBP" || o.Fulfilment != orders.Fulfilled {
		t.Fatalf("order %+v", o)
	}
	// 10.00 for 3 units: unit price rounds up, the discount makes it exact.
	n := mustNumber(t, s, "4960").Items[0]
	if n.UnitPrice*3-n.Discount != 1000 || n.Discount < 0 {
		t.Fatalf("napkins %+v", n)
	}
}

func TestBadRowsAreSkippedWithLineAndReason(t *testing.T) {
	s, db := newService(t)
	file := csvOf("order_id,order_date,customer_email,item_name,quantity,unit_price",
		"B-1,2026-09-01,a@example.com,Vase,1,54.00",
		"B-2,2026-09-01,b@example.com,Vase,-1,54.00",
		"B-3,2026-09-01,c@example.com,Vase,1,-5.00",
		"B-4,2031-01-01,d@example.com,Vase,1,5.00",
		"B-5,2026-09-01,e@example.com,Vase,1,99999999999.00",
		"B-6,2026-09-01,f@example.com,Vase,1,5.00",
		"B-6,2026-09-01,f@example.com,Mug,two,5.00",
		"B-7,2026-09-01,not-an-address,Vase,1,5.00",
		"B-8,2026-09-01,g@example.com,\"Vase \"\"5\" tall,1,5.00",
		"B-9,2026-09-01,h@example.com,Mug,1,5.00",
		"B-10,2026-09-01,also-not-an-address,Mug,1,5.00",
		"B-1,2026-09-01,a@example.com,Mug,1,5.00")
	rep := importText(t, s, file, orders.FormatCSV)
	if rep.Added != 2 {
		t.Fatalf("added %d, want B-1 and B-9 only: %+v", rep.Added, rep.Skipped)
	}
	// The row before an unreadable one may have been its order's first:
	// that order is left out too, not imported without a line.
	want := map[int]string{3: "quantity", 4: "below zero", 5: "future", 6: "too large", 8: "whole number", 9: "line 10 could not be read",
		10: "quotes", 12: "email", 13: "appears again"}
	for line, words := range want {
		found := false
		for _, sk := range rep.Skipped {
			if sk.Line == line && strings.Contains(sk.Reason, words) {
				found = true
			}
		}
		if !found {
			t.Errorf("no skipped row at line %d saying %q; got %+v", line, words, rep.Skipped)
		}
	}
	if _, ok, _ := s.ByNumber("B-6"); ok {
		t.Fatal("B-6 was imported without its bad second line: half an order")
	}
	if o := mustNumber(t, s, "B-1"); len(o.Items) != 1 {
		t.Fatalf("B-1 took the stray row from further down: %+v", o.Items)
	}
	checkIndexes(t, db)
}

func TestNotAnOrderExport(t *testing.T) {
	s, _ := newService(t)
	for name, text := range map[string]string{
		"products": csvOf("Handle,Title,Body (HTML),Vendor,Variant SKU,Variant Price", "mug,Mug,,JL,MUG,24.00"),
		"empty":    "",
		"binary":   "PK\x03\x04\x00\x00",
	} {
		_, err := s.Import(context.Background(), strings.NewReader(text), int64(len(text)), name, orders.FormatAuto, nil)
		if err == nil {
			t.Errorf("%s: imported", name)
		}
	}
	_, err := s.Import(context.Background(), strings.NewReader(csvOf("Handle,Title,Variant SKU", "a,b,c")), 10, "p.csv", orders.FormatAuto, nil)
	if err == nil || !strings.Contains(err.Error(), "products export") || !strings.Contains(err.Error(), "Handle, Title") {
		t.Fatalf("products file: %v", err)
	}
	// A Shopify file imported as WooCommerce says which it is.
	file := shopifyFile(t, ordertest.Sample(1, 1, testNow))
	_, err = s.Import(context.Background(), strings.NewReader(file), int64(len(file)), "s.csv", orders.FormatWooCommerce, nil)
	if err == nil || !strings.Contains(err.Error(), "choose Shopify") {
		t.Fatalf("shopify as woo: %v", err)
	}
}

func TestWindows1252AndSemicolons(t *testing.T) {
	s, _ := newService(t)
	text := csvOf("order_id;order_date;customer_email;customer_name;item_name;quantity;unit_price;currency",
		"C-1;2026-09-01;jose@example.es;José Müller;Café crème cup;1;12,50;EUR")
	latin, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	rep := importText(t, s, latin, orders.FormatAuto)
	if rep.Added != 1 {
		t.Fatalf("report %+v", rep)
	}
	if len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Reason, "Windows-1252") {
		t.Fatalf("no note that the file was read as Windows-1252: %+v", rep.Skipped)
	}
	o := mustNumber(t, s, "C-1")
	if o.Items[0].Product != "Café crème cup" || o.Name != "José Müller" || o.Items[0].UnitPrice != 1250 {
		t.Fatalf("read %q / %q / %d", o.Items[0].Product, o.Name, o.Items[0].UnitPrice)
	}
}

func TestQuotedNewlinesAndOlderShopifyHeader(t *testing.T) {
	s, _ := newService(t)
	file := csvOf("Name,Email,Financial Status,Fulfillment Status,Fulfillment Date,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Notes",
		"#77,old@example.com,paid,fulfilled,2024-03-02 10:00:00 -0500,USD,20.00,0.00,0.00,20.00,2024-03-01 09:00:00 -0500,1,\"Mug, large\",20.00,MUG-L,\"Gift wrap please\nThanks!\"")
	rep := importText(t, s, file, orders.FormatAuto)
	if rep.Added != 1 || rep.SkippedAll != 0 {
		t.Fatalf("report %+v", rep)
	}
	o := mustNumber(t, s, "#77")
	if o.FulfilledAt == nil || o.Notes != "Gift wrap please\nThanks!" || o.Items[0].Product != "Mug, large" {
		t.Fatalf("order %+v", o)
	}
}

func TestCancelLeavesNoHalfOrder(t *testing.T) {
	s, db := newService(t)
	list := ordertest.Sample(5000, 3, testNow)
	file := shopifyFile(t, list)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	rep, err := s.Import(ctx, strings.NewReader(file), int64(len(file)), "big.csv", orders.FormatShopify, func(r orders.ImportReport) {
		calls++
		if r.BytesDone <= 0 || r.BytesDone > r.BytesAll {
			t.Errorf("progress bytes %d of %d", r.BytesDone, r.BytesAll)
		}
		if calls == 2 {
			cancel()
		}
	})
	if err != nil || rep.State != orders.ImportCancelled {
		t.Fatalf("state %s, err %v", rep.State, err)
	}
	if rep.Added == 0 || rep.Added >= len(list) {
		t.Fatalf("added %d of %d: the cancel did not stop it midway", rep.Added, len(list))
	}
	stored := 0
	for _, want := range list {
		o, ok, err := s.ByNumber(want.Name)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			continue
		}
		stored++
		if len(o.Items) != len(want.Lines) || o.Total != want.Total() {
			t.Fatalf("order %s stored with %d of %d lines: half an order", want.Name, len(o.Items), len(want.Lines))
		}
	}
	if stored != rep.Added {
		t.Fatalf("%d orders stored, report says %d", stored, rep.Added)
	}
	checkIndexes(t, db)
}

func BenchmarkImportShopify(b *testing.B) {
	list := ordertest.Sample(20_000, 11, testNow)
	var buf bytes.Buffer
	ordertest.WriteShopify(&buf, list)
	file := buf.Bytes()
	for b.Loop() {
		b.StopTimer()
		s, _ := newService(&testing.T{})
		b.StartTimer()
		if _, err := s.Import(context.Background(), bytes.NewReader(file), int64(len(file)), "b.csv", orders.FormatShopify, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(list)*b.N)/b.Elapsed().Seconds(), "orders/s")
}

func TestAnOrderWithNoAddressKeepsItsCustomerWhenItChanges(t *testing.T) {
	s, db := newService(t)
	file := func(status string) string {
		return csvOf("order_id,order_date,customer_email,customer_name,item_name,quantity,unit_price,status",
			"POS-1,2026-09-01,,Walk-in Wanda,Vase,1,54.00,"+status)
	}
	importText(t, s, file("paid"), orders.FormatCSV)
	rep := importText(t, s, file("refunded"), orders.FormatCSV)
	if rep.Updated != 1 || rep.NewCustomers != 0 {
		t.Fatalf("the changed order made a new customer: %+v", rep)
	}
	if p, _ := customers.NewService(db).List(customers.ListQuery{Search: "wanda"}); p.Total != 1 {
		t.Fatalf("%d customers called Wanda", p.Total)
	}
	checkIndexes(t, db)
}
