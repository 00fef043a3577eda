package testinbox_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"shopdesk/backend/mail"
	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/testinbox"
)

func TestTheInboxKeepsTheNewestWithinItsCountAndSaysSo(t *testing.T) {
	db := storetest.Open(t)
	l := testinbox.NewListenerWithStore(testinbox.NewStoreWithLimits(db, testinbox.Limits{MaxMessages: 3}))
	defer l.Stop()
	st, err := l.Settings("Shop", "shop@leaf.example")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(l.Addr(), "127.0.0.1:") {
		t.Errorf("listens on %q, want 127.0.0.1 only", l.Addr())
	}
	for i := range 5 {
		if err := mail.TestSend(context.Background(), st, fmt.Sprintf("c%d@example.com", i)); err != nil {
			t.Fatal(err)
		}
	}
	items, err := testinbox.Items(db, 0)
	if err != nil || len(items) != 3 {
		t.Fatalf("kept %d, %v; want the newest 3", len(items), err)
	}
	if !strings.Contains(items[0].View.To, "c4@") || !strings.Contains(items[2].View.To, "c2@") {
		t.Errorf("kept %s … %s, want c4 … c2", items[0].View.To, items[2].View.To)
	}
	n, err := testinbox.ReadNotice(db, testinbox.DefaultLimits)
	if err != nil || n.Dropped.Count != 2 || n.Dropped.Last == "" {
		t.Errorf("notice = %+v, %v; want 2 dropped", n, err)
	}
}

func TestTheInboxStaysWithinItsSize(t *testing.T) {
	db := storetest.Open(t)
	s := testinbox.NewStoreWithLimits(db, testinbox.Limits{MaxBytes: 10_000})
	body := []byte(strings.Repeat("x", 3000))
	for range 6 {
		if _, err := s.Add(smtpinbox.Received{Data: body, ReceivedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	items, _ := testinbox.Items(db, 0)
	if len(items) != 2 { // each is about 4 KB once stored
		t.Errorf("kept %d messages of 3 KB within 10 KB, want 2", len(items))
	}
}

func TestOldTestMessagesAgeOut(t *testing.T) {
	db := storetest.Open(t)
	s := testinbox.NewStoreWithLimits(db, testinbox.Limits{MaxAge: 24 * time.Hour})
	for _, age := range []time.Duration{72 * time.Hour, 48 * time.Hour, time.Hour} {
		if _, err := s.Add(smtpinbox.Received{Data: []byte("Subject: hi\r\n\r\nhi"), ReceivedAt: time.Now().Add(-age)}); err != nil {
			t.Fatal(err)
		}
	}
	items, _ := testinbox.Items(db, 0)
	if len(items) != 1 {
		t.Fatalf("kept %d, want only the one from the last day", len(items))
	}
	n, _ := testinbox.ReadNotice(db, testinbox.DefaultLimits)
	if n.Dropped.Count != 2 {
		t.Errorf("dropped = %+v", n.Dropped)
	}
}
