package testinbox_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/testinbox"
)

func TestStartListensOnlyOnThisComputer(t *testing.T) {
	tests := []struct {
		addr string
		want error
	}{
		{"", nil},
		{"127.0.0.1:0", nil},
		{"localhost:0", testinbox.ErrNotLocal},
		{"[::1]:0", testinbox.ErrNotLocal},
		{"127.0.0.2:0", testinbox.ErrNotLocal},
		{"0.0.0.0:0", testinbox.ErrNotLocal},
		{":0", testinbox.ErrNotLocal},
		{"192.0.2.1:2525", testinbox.ErrNotLocal},
		{"no-port", testinbox.ErrNotLocal},
	}
	for _, tc := range tests {
		t.Run("addr "+tc.addr, func(t *testing.T) {
			in, err := testinbox.Start(testinbox.Config{Addr: tc.addr, Store: &testinbox.Memory{}})
			if in != nil {
				in.Close()
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Start(%q) = %v, want %v", tc.addr, err, tc.want)
			}
		})
	}
	if _, err := testinbox.Start(testinbox.Config{}); !errors.Is(err, testinbox.ErrNoStore) {
		t.Fatalf("Start without a store = %v", err)
	}
}

func TestInboxKeepsWhatTheShopSends(t *testing.T) {
	store := &testinbox.Memory{}
	received := make(chan testinbox.Received, 1)
	in, err := testinbox.Start(testinbox.Config{Store: store, OnReceive: func(r testinbox.Received) { received <- r }})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()

	err = mail.TestSend(context.Background(), in.Settings("Leaf & Co", "help@leaf.example"), "ann@example.com")
	if err != nil {
		t.Fatal(err)
	}
	var got testinbox.Received
	select {
	case got = <-received:
	case <-time.After(5 * time.Second):
		t.Fatal("nothing arrived")
	}
	if got.ID != 1 || got.From != "help@leaf.example" || !slices.Equal(got.To, []string{"ann@example.com"}) {
		t.Fatalf("received %+v", got)
	}
	if kept := store.List(); len(kept) != 1 || kept[0].ID != got.ID {
		t.Fatalf("store has %+v", kept)
	}
	v, err := testinbox.Parse(got.Data)
	if err != nil {
		t.Fatal(err)
	}
	if v.Subject != "Shopdesk test message" || v.From != `"Leaf & Co" <help@leaf.example>` || v.Text == "" {
		t.Fatalf("view = %+v", v)
	}
}
