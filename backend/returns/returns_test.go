package returns_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/orders"
	"shopdesk/backend/returns"
)

// reach moves a new request to state s the usual way.
func reach(sh *shop, s returns.State) returns.View {
	sh.t.Helper()
	o := sh.order("#"+string(s), "2026-11-10", mug)
	v := sh.start(rep, o, returns.Damaged)
	path := map[returns.State][]returns.Action{
		returns.Requested: nil,
		returns.Approved:  {{Kind: returns.Approve}},
		returns.Rejected:  {{Kind: returns.Reject, Reason: "worn"}},
		returns.Received:  {{Kind: returns.Approve}, {Kind: returns.Receive}},
		returns.Inspected: {{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}},
		returns.Refunded:  {{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}, {Kind: returns.DoRefund, Amount: 100, Method: returns.OriginalPayment}},
		returns.Exchanged: {{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}, {Kind: returns.Exchange}},
		returns.Credited:  {{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}, {Kind: returns.Credit, Amount: 100}},
		returns.Closed:    {{Kind: returns.Approve}, {Kind: returns.Receive}, {Kind: returns.Inspect, Condition: returns.AsNew}, {Kind: returns.Exchange}, {Kind: returns.Close}},
		returns.Cancelled: {{Kind: returns.Cancel}},
	}[s]
	for _, a := range path {
		v = sh.must(owner, v, a)
	}
	if v.Request.State != s {
		sh.t.Fatalf("reached %s, want %s", v.Request.State, s)
	}
	return v
}

func TestEveryTransitionAllowedOrRefused(t *testing.T) {
	allowed := map[returns.State]map[returns.ActionKind]returns.State{
		returns.Requested: {returns.Approve: returns.Approved, returns.Reject: returns.Rejected, returns.Cancel: returns.Cancelled},
		returns.Approved:  {returns.Receive: returns.Received, returns.Cancel: returns.Cancelled},
		returns.Received:  {returns.Inspect: returns.Inspected, returns.Cancel: returns.Cancelled},
		returns.Inspected: {returns.DoRefund: returns.Refunded, returns.Exchange: returns.Exchanged, returns.Credit: returns.Credited, returns.Cancel: returns.Cancelled},
		returns.Refunded:  {returns.Close: returns.Closed},
		returns.Exchanged: {returns.Close: returns.Closed},
		returns.Credited:  {returns.Close: returns.Closed},
	}
	states := []returns.State{returns.Requested, returns.Approved, returns.Rejected, returns.Received, returns.Inspected,
		returns.Refunded, returns.Exchanged, returns.Credited, returns.Closed, returns.Cancelled}
	kinds := []returns.ActionKind{returns.Approve, returns.Reject, returns.Receive, returns.Inspect, returns.DoRefund,
		returns.Exchange, returns.Credit, returns.Close, returns.Cancel}
	full := func(k returns.ActionKind) returns.Action {
		return returns.Action{Kind: k, Reason: "a reason", Condition: returns.AsNew, Amount: 100, Method: returns.OriginalPayment}
	}
	for _, s := range states {
		for _, k := range kinds {
			sh := newShop(t)
			v := reach(sh, s)
			got, err := sh.act(owner, v, full(k))
			want, ok := allowed[s][k]
			switch {
			case ok && err != nil:
				t.Errorf("%s → %s refused: %v", s, k, err)
			case ok && got.Request.State != want:
				t.Errorf("%s → %s reached %s, want %s", s, k, got.Request.State, want)
			case !ok && err == nil:
				t.Errorf("%s → %s allowed, reached %s", s, k, got.Request.State)
			case !ok && len(err.Error()) < 20:
				t.Errorf("%s → %s: the refusal says too little: %v", s, k, err)
			}
			if ok && err == nil {
				last := got.Request.Events[len(got.Request.Events)-1]
				if last.From != s || last.To != want || last.By != owner.Name || last.At.IsZero() {
					t.Errorf("%s → %s: event %+v", s, k, last)
				}
			}
			sh.checkIndexes()
		}
	}
}

func TestOutOfOrderSaysWhatComesFirst(t *testing.T) {
	sh := newShop(t)
	v := reach(sh, returns.Approved)
	_, err := sh.act(owner, v, returns.Action{Kind: returns.DoRefund, Amount: 100, Method: returns.OriginalPayment})
	if err == nil || !strings.Contains(err.Error(), "mark the item received, then inspect the item") {
		t.Fatalf("refund before receiving: %v", err)
	}
	v = reach(sh, returns.Refunded)
	if _, err := sh.act(owner, v, returns.Action{Kind: returns.Cancel}); err == nil || !strings.Contains(err.Error(), "money has moved") {
		t.Fatalf("cancel after refund: %v", err)
	}
}

func TestTheWindowAtItsEdges(t *testing.T) {
	sh := newShop(t)
	// Delivered 21 Oct: 20 Nov is day 30 of 30, 21 Nov day 31.
	o := sh.order("#W1", "2026-10-21", mug)
	v := sh.start(rep, o, returns.ChangedMind)
	if !v.Check.Within || v.Check.Text != "day 30 of 30: within the window" || v.Check.From != "delivery" {
		t.Fatalf("day 30: %+v", v.Check)
	}
	if _, err := sh.act(rep, v, returns.Action{Kind: returns.Approve}); err != nil {
		t.Fatalf("a rep approves on day 30: %v", err)
	}
	o2 := sh.order("#W2", "2026-10-20", mug)
	v2 := sh.start(rep, o2, returns.ChangedMind)
	if v2.Check.Within || !strings.HasPrefix(v2.Check.Text, "1 day past the 30-day window: only the owner can approve, with a reason") {
		t.Fatalf("day 31: %+v", v2.Check)
	}
	if _, err := sh.act(rep, v2, returns.Action{Kind: returns.Approve}); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep approving past the window: %v", err)
	}
	if _, err := sh.act(owner, v2, returns.Action{Kind: returns.Approve}); err == nil || !strings.Contains(err.Error(), "say why") {
		t.Fatalf("the owner approving past the window without a reason: %v", err)
	}
	got := sh.must(owner, v2, returns.Action{Kind: returns.Approve, Reason: "loyal customer"})
	last := got.Request.Events[len(got.Request.Events)-1]
	if last.Override != "loyal customer" || last.By != owner.Name {
		t.Fatalf("the override is not recorded with who: %+v", last)
	}
	// No delivery date: counted from the order date, and said so.
	o3 := sh.order("#W3", "", mug)
	v3 := sh.start(rep, o3, returns.ChangedMind)
	if v3.Check.From != "order date" || v3.Check.Day != 50 || !strings.Contains(v3.Check.Text, "20 days past") || !strings.Contains(v3.Check.Text, "order date") {
		t.Fatalf("from the order date: %+v", v3.Check)
	}
}

func TestTheWindowCountsDaysInTheShopsTimeZone(t *testing.T) {
	sh := newShop(t)
	sh.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("settings")).Put([]byte("shop"), []byte(`{"storeName":"x","hours":{"timeZone":"America/Los_Angeles"}}`))
	})
	o := sh.order("#TZ", "2026-10-21", mug) // delivered at midnight in Los Angeles
	// 20 Nov 15:00 UTC is 07:00 in Los Angeles, still 20 Nov: day 30.
	if v := sh.start(rep, o, returns.ChangedMind); v.Check.Day != 30 {
		t.Fatalf("day %d in Los Angeles, want 30", v.Check.Day)
	}
}

func TestARepWorksUpToTheOwnersLimit(t *testing.T) {
	sh := newShop(t)
	p, _ := sh.s.Policy()
	p.RepLimit = 4800
	if _, err := sh.s.SavePolicy(p); err != nil {
		t.Fatal(err)
	}
	at := sh.order("#L1", "2026-11-10", mug) // 2 × 24.00 = 48.00: at the limit
	v := sh.start(rep, at, returns.Damaged)
	if v.NeedsOwner != "" || v.Check.RefundDue != 4800 {
		t.Fatalf("at the limit: needs owner %q, due %d", v.NeedsOwner, v.Check.RefundDue)
	}
	v = sh.must(rep, v, returns.Action{Kind: returns.Approve, LabelLink: "https://labels.example/1"})
	v = sh.must(rep, v, returns.Action{Kind: returns.Receive})
	v = sh.must(rep, v, returns.Action{Kind: returns.Inspect, Condition: returns.AsNew})
	v = sh.must(rep, v, returns.Action{Kind: returns.DoRefund, Amount: 4800, Method: returns.OriginalPayment, Reference: "re_123"})
	if v.Request.Refund == nil || v.Request.Refund.By != rep.Name {
		t.Fatalf("refund %+v", v.Request.Refund)
	}
	above := sh.order("#L2", "2026-11-10", orders.Item{Product: "Wool blanket", Quantity: 1, UnitPrice: 4801})
	v2 := sh.start(rep, above, returns.Damaged)
	if !strings.Contains(v2.NeedsOwner, "above") {
		t.Fatalf("above the limit: %q", v2.NeedsOwner)
	}
	n, _ := sh.s.Counts()
	if n.NeedsOwner != 1 || n.Tabs[returns.TabApproval] != 1 {
		t.Fatalf("counts %+v", n)
	}
	if _, err := sh.act(rep, v2, returns.Action{Kind: returns.Approve}); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("rep approves above the limit: %v", err)
	}
	v2 = sh.must(owner, v2, returns.Action{Kind: returns.Approve})
	v2 = sh.must(rep, v2, returns.Action{Kind: returns.Receive})
	v2 = sh.must(rep, v2, returns.Action{Kind: returns.Inspect, Condition: returns.Opened})
	if _, err := sh.act(rep, v2, returns.Action{Kind: returns.DoRefund, Amount: 4801, Method: returns.OriginalPayment}); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("rep refunds above the limit: %v", err)
	}
	sh.must(owner, v2, returns.Action{Kind: returns.DoRefund, Amount: 4801, Method: returns.OriginalPayment})
	// Another currency: never converted, so only the owner.
	eur := sh.order("#L3", "2026-11-10", orders.Item{Product: "Mug", Quantity: 1, UnitPrice: 100})
	sh.db.Update(func(tx *bolt.Tx) error {
		in := orders.Input{Number: "#L3", CustomerID: eur.CustomerID, PlacedAt: "2026-11-05", DeliveredAt: "2026-11-10", Currency: "EUR", Items: []orders.Item{{Line: 1, Product: "Mug", Quantity: 1, UnitPrice: 100}}}
		var err error
		eur, err = orders.Update(tx, eur.ID, eur.Version, in, sh.now)
		return err
	})
	v3 := sh.start(rep, eur, returns.Damaged)
	if !strings.Contains(v3.NeedsOwner, "EUR") {
		t.Fatalf("other currency: %q", v3.NeedsOwner)
	}
}

func TestRefundsNeverMoreThanPaidNorTwice(t *testing.T) {
	sh := newShop(t)
	// Two lines, an order-level discount of 10.00 shared by what each
	// line cost (48.00 and 72.00): 4.00 and 6.00.
	var o orders.Order
	err := sh.db.Update(func(tx *bolt.Tx) (err error) {
		o, err = orders.Create(tx, orders.Input{Number: "#M1", Name: "Dana", Email: "dana@fox.example", PlacedAt: "2026-11-05", DeliveredAt: "2026-11-10",
			Currency: "USD", Discount: 1000, Items: []orders.Item{mug, {Product: "Oak board", Quantity: 3, UnitPrice: 2400}}}, sh.now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	v := sh.start(rep, o, returns.Damaged, returns.ItemRequest{Line: 1, Quantity: 2})
	if v.Check.ItemsPaid != 4800-400 {
		t.Fatalf("paid for the mugs: %d, want 44.00 after their share of the discount", v.Check.ItemsPaid)
	}
	v = sh.must(owner, v, returns.Action{Kind: returns.Approve})
	v = sh.must(owner, v, returns.Action{Kind: returns.Receive})
	v = sh.must(owner, v, returns.Action{Kind: returns.Inspect, Condition: returns.AsNew})
	if _, err := sh.act(owner, v, returns.Action{Kind: returns.DoRefund, Amount: 4401, Method: returns.OriginalPayment}); err == nil || !strings.Contains(err.Error(), "more than the customer paid") {
		t.Fatalf("over-refund: %v", err)
	}
	v = sh.must(owner, v, returns.Action{Kind: returns.DoRefund, Amount: 4400, Method: returns.OriginalPayment})
	got, _ := sh.s.Get(owner, v.Request.ID)
	if got.Check.RefundCap != 0 {
		t.Fatalf("cap after the refund: %d", got.Check.RefundCap)
	}
	// The order knows what was refunded.
	sh.db.View(func(tx *bolt.Tx) error {
		oo, _ := orders.Get(tx, o.ID)
		if oo.Refunded != 4400 || oo.Payment != orders.PaymentPartiallyRefunded {
			t.Errorf("order after the refund: %d %s", oo.Refunded, oo.Payment)
		}
		return nil
	})
	// The rest of the order: the boards, exactly what is left.
	v2 := sh.start(rep, o, returns.Damaged, returns.ItemRequest{Line: 2, Quantity: 3})
	if v2.Check.ItemsPaid != 7200-600 || v2.Check.ItemsPaid+4400 != o.Total {
		t.Fatalf("the cents do not add up: %d + 4400 vs total %d", v2.Check.ItemsPaid, o.Total)
	}
	// The mugs are returned already.
	if _, err := sh.s.Start(rep, returns.NewRequest{OrderID: o.ID, Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.Damaged, Wish: returns.WantRefund}); err == nil || !strings.Contains(err.Error(), "already being returned") {
		t.Fatalf("returning the mugs twice: %v", err)
	}
}

func TestItemsMustBeInTheOrder(t *testing.T) {
	sh := newShop(t)
	o := sh.order("#I1", "2026-11-10", mug)
	for name, in := range map[string][]returns.ItemRequest{
		"no line":     {{Line: 9, Quantity: 1}},
		"too many":    {{Line: 1, Quantity: 3}},
		"none":        {{Line: 1, Quantity: 0}},
		"negative":    {{Line: 1, Quantity: -1}},
		"named twice": {{Line: 1, Quantity: 1}, {Line: 1, Quantity: 1}},
	} {
		if _, err := sh.s.Start(rep, returns.NewRequest{OrderID: o.ID, Items: in, Reason: returns.Damaged, Wish: returns.WantRefund}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := sh.s.Start(rep, returns.NewRequest{OrderID: o.ID, Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.OtherReason, Wish: returns.WantRefund}); err == nil {
		t.Error("other without words: accepted")
	}
	if _, err := sh.s.Start(rep, returns.NewRequest{OrderID: o.ID, Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.Damaged, Wish: "cash"}); err == nil {
		t.Error("unknown wish: accepted")
	}
}

func TestStaleChangesAreRefused(t *testing.T) {
	sh := newShop(t)
	v := reach(sh, returns.Requested)
	if _, err := sh.s.Edit(rep, v.Request.ID, v.Request.Version, returns.Edit{Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}, Reason: returns.WrongSize, Wish: returns.WantExchange, Notes: "size M"}); err != nil {
		t.Fatal(err)
	}
	if _, err := sh.act(rep, v, returns.Action{Kind: returns.Approve}); !errors.Is(err, returns.ErrConflict) {
		t.Fatalf("stale approve: %v", err)
	}
	if _, err := sh.s.Edit(rep, v.Request.ID, v.Request.Version, returns.Edit{Reason: returns.Damaged, Wish: returns.WantRefund}); !errors.Is(err, returns.ErrConflict) {
		t.Fatalf("stale edit: %v", err)
	}
	sh.checkIndexes()
}

func TestTheChecklistIsTickedByTheTransitions(t *testing.T) {
	sh := newShop(t)
	v := reach(sh, returns.Closed)
	if len(v.Steps) != 5 || v.Steps[0].Text != "Verify the order details in the CRM." {
		t.Fatalf("steps %+v", v.Steps)
	}
	for _, s := range v.Steps {
		if !s.Done || s.At == nil || s.By == "" {
			t.Errorf("step %q not ticked with time and person: %+v", s.Text, s)
		}
	}
	v = reach(sh, returns.Received)
	done := 0
	for _, s := range v.Steps {
		if s.Done {
			done++
		}
	}
	if done != 3 {
		t.Fatalf("received: %d steps done, want 3 (order verified, policy checked, label issued)", done)
	}
}

func TestQueueTrendsAndIndexesAfterDeletes(t *testing.T) {
	sh := newShop(t)
	var ids []uint64
	for i, r := range []returns.Reason{returns.Damaged, returns.Damaged, returns.WrongSize} {
		o := sh.order("#Q"+string(rune('A'+i)), "2026-11-10", mug)
		v := sh.start(rep, o, r)
		ids = append(ids, v.Request.ID)
		sh.now = sh.now.Add(1)
	}
	p, err := sh.s.Queue(returns.QueueQuery{Tab: returns.TabApproval, Limit: 2})
	if err != nil || len(p.Items) != 2 || p.Items[0].ID != ids[0] || p.Next == "" || p.Counts.Tabs[returns.TabApproval] != 3 {
		t.Fatalf("page 1 %+v %v", p, err)
	}
	p2, _ := sh.s.Queue(returns.QueueQuery{Tab: returns.TabApproval, Limit: 2, Cursor: p.Next})
	if len(p2.Items) != 1 || p2.Items[0].ID != ids[2] {
		t.Fatalf("page 2 %+v", p2)
	}
	tr, err := sh.s.Trends(30)
	if err != nil || tr.Total != 3 || tr.Reasons[0].Key != "damaged" || tr.Reasons[0].Count != 2 || tr.Products[0].Key != "MUG" || tr.Products[0].Count != 6 {
		t.Fatalf("trends %+v %v", tr, err)
	}
	behind, _ := sh.s.Queue(returns.QueueQuery{Reason: returns.Damaged, Days: 30})
	if len(behind.Items) != 2 {
		t.Fatalf("the requests behind the damaged bar: %+v", behind.Items)
	}
	err = sh.db.Update(func(tx *bolt.Tx) error { return returns.Delete(tx, ids[1]) })
	if err != nil {
		t.Fatal(err)
	}
	sh.checkIndexes()
	if tr, _ := sh.s.Trends(30); tr.Total != 2 {
		t.Fatalf("trends after a delete: %+v", tr)
	}
	// An order with requests cannot be deleted.
	err = sh.db.Update(func(tx *bolt.Tx) error { return orders.Delete(tx, p.Items[0].OrderID, returns.BlockOrderDelete) })
	if err == nil || !strings.Contains(err.Error(), "return request") {
		t.Fatalf("deleting an order with a return: %v", err)
	}
}

func TestPolicyIsChecked(t *testing.T) {
	sh := newShop(t)
	p := returns.DefaultPolicy()
	if p.RestockingPercent != 0 || p.RefundDays != 7 || p.WindowDays != 30 {
		t.Fatalf("defaults %+v", p)
	}
	for name, change := range map[string]func(*returns.Policy){
		"window":   func(p *returns.Policy) { p.WindowDays = -1 },
		"percent":  func(p *returns.Policy) { p.RestockingPercent = 101 },
		"currency": func(p *returns.Policy) { p.Currency = "dollar" },
		"reason":   func(p *returns.Policy) { p.FreeShipping = []returns.Reason{"bored"} },
		"target":   func(p *returns.Policy) { p.RefundDays = 0 },
		"limit":    func(p *returns.Policy) { p.RepLimit = -5 },
	} {
		q := returns.DefaultPolicy()
		change(&q)
		if _, err := sh.s.SavePolicy(q); err == nil {
			t.Errorf("%s: saved", name)
		}
	}
	// A restocking fee and a shipping fee lower what is due, not the cap.
	p.RestockingPercent, p.ShippingFee = 10, 500
	if _, err := sh.s.SavePolicy(p); err != nil {
		t.Fatal(err)
	}
	v := sh.start(rep, sh.order("#P1", "2026-11-10", mug), returns.ChangedMind)
	if v.Check.Restocking != 480 || v.Check.ShippingFee != 500 || v.Check.RefundDue != 4800-480-500 || v.Check.RefundCap != 4800 {
		t.Fatalf("fees %+v", v.Check)
	}
	if v := sh.start(rep, sh.order("#P2", "2026-11-10", mug), returns.Damaged); v.Check.ShippingFee != 0 {
		t.Fatalf("damaged pays return shipping: %+v", v.Check)
	}
}

func TestTheSidebarCountFollowsThePolicy(t *testing.T) {
	sh := newShop(t)
	big := sh.order("#C1", "2026-11-10", orders.Item{Product: "Wool blanket", Quantity: 1, UnitPrice: 14900})
	sh.start(rep, big, returns.Damaged)
	if n, _ := sh.s.Counts(); n.NeedsOwner != 1 {
		t.Fatalf("149.00 over the 100.00 limit: needs owner %d", n.NeedsOwner)
	}
	p, _ := sh.s.Policy()
	p.RepLimit = 20_000
	if _, err := sh.s.SavePolicy(p); err != nil {
		t.Fatal(err)
	}
	if n, _ := sh.s.Counts(); n.NeedsOwner != 0 {
		t.Fatalf("after raising the limit to 200.00: needs owner %d", n.NeedsOwner)
	}
	// Received nine days ago: past the 7-day refund target.
	v := reach(sh, returns.Received)
	sh.now = sh.now.Add(9 * 24 * time.Hour)
	if n, _ := sh.s.Counts(); n.Late != 1 {
		t.Fatalf("late %d", n.Late)
	}
	if got, _ := sh.s.Get(owner, v.Request.ID); !got.Late {
		t.Fatal("the request does not say it is late")
	}
}
