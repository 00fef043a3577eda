package app_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"shopdesk/backend/orders"
	"shopdesk/backend/orders/ordertest"
)

func TestTheOwnerImportsAShopifyExportInTheBackground(t *testing.T) {
	s := newShop(t)
	var buf bytes.Buffer
	if err := ordertest.WriteShopify(&buf, ordertest.Sample(300, 5, time.Now().Add(-48*time.Hour))); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "orders_export_1.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	s.signIn(t, s.rep, "battery staple")
	if _, err := s.a.Orders.Import(path, orders.FormatAuto); err == nil {
		t.Fatal("a rep started an import")
	}
	s.a.Session.SignOut()
	s.signIn(t, s.owner, "correct horse")
	if _, err := s.a.Orders.Import(filepath.Join(t.TempDir(), "missing.csv"), orders.FormatAuto); err == nil || !strings.Contains(err.Error(), "choose the exported CSV file again") {
		t.Fatalf("a missing file: %v", err)
	}
	if _, err := s.a.Orders.Import(path, "excel"); err == nil {
		t.Fatal("an unknown format was accepted")
	}
	started, err := s.a.Orders.Import(path, orders.FormatAuto)
	if err != nil || started.State != orders.ImportRunning || started.File != "orders_export_1.csv" {
		t.Fatalf("start: %+v %v", started, err)
	}
	var done orders.ImportReport
	select {
	case done = <-s.rec.imports:
	case <-time.After(30 * time.Second):
		t.Fatal("the import never said it ended")
	}
	if done.State != orders.ImportDone || done.Added != 300 || done.Format != orders.FormatShopify {
		t.Fatalf("done: %+v", done)
	}
	if st, _ := s.a.Orders.ImportStatus(); st.State != orders.ImportDone || st.Added != 300 {
		t.Fatalf("status after: %+v", st)
	}
	p, err := s.a.Orders.List(orders.ListQuery{Limit: 10})
	if err != nil || p.Total != 300 || len(p.Items) != 10 {
		t.Fatalf("list: %d of %d, %v", len(p.Items), p.Total, err)
	}
	o, err := s.a.Orders.Find(strings.TrimPrefix(p.Items[0].Number, "#"))
	if err != nil || o.ID != p.Items[0].ID {
		t.Fatalf("find by number without #: %+v %v", o, err)
	}
	if _, err := s.a.Orders.Find("#nope"); err == nil || !strings.Contains(err.Error(), "not in Shopdesk yet") {
		t.Fatalf("find a missing order: %v", err)
	}
}
