package customers_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"shopdesk/backend/customers"
	"shopdesk/backend/store/storetest"
)

func TestOneCustomerPerAddress(t *testing.T) {
	s := customers.NewService(storetest.Open(t))
	ann, err := s.Create(customers.Input{Name: "Ann Lee", Email: "Ann@Example.com", Tags: []string{"VIP", " vip "}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ann.Tags) != 1 || ann.Tags[0] != "vip" {
		t.Errorf("tags = %q, want [vip]", ann.Tags)
	}
	if _, err := s.Create(customers.Input{Email: "ann@example.COM"}); !errors.Is(err, customers.ErrEmailTaken) {
		t.Errorf("same address, other case: %v", err)
	}
	bo, _ := s.Create(customers.Input{Email: "bo.jensen@example.org"})
	if bo.Name != "Bo Jensen" {
		t.Errorf("name from address = %q", bo.Name)
	}
	if _, err := s.Update(bo.ID, bo.Version, customers.Input{Name: "Bo", Email: "ANN@example.com"}); !errors.Is(err, customers.ErrEmailTaken) {
		t.Errorf("taking another customer's address: %v", err)
	}
}

func TestEditsDoNotOverwriteEachOther(t *testing.T) {
	s := customers.NewService(storetest.Open(t))
	c, _ := s.Create(customers.Input{Name: "Ann", Email: "ann@example.com"})
	if _, err := s.Update(c.ID, c.Version, customers.Input{Name: "Ann", Email: "ann@example.com", Phone: "+44 20 7946 0000"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update(c.ID, c.Version, customers.Input{Name: "Ann", Email: "ann@example.com", Notes: "stale edit"}); !errors.Is(err, customers.ErrConflict) {
		t.Fatalf("stale edit: %v", err)
	}
	got, _ := s.Get(c.ID)
	if got.Phone == "" || got.Notes != "" {
		t.Errorf("customer = %+v: the stale edit won", got)
	}
	// The new address is what finds them now.
	got, err := s.Update(c.ID, got.Version, customers.Input{Name: "Ann", Email: "ann@new.example"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(customers.Input{Email: "ann@example.com"}); err != nil {
		t.Errorf("the old address should be free again: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	s := customers.NewService(storetest.Open(t))
	cases := map[string]customers.Input{
		"not an email address": {Email: "ann"},
		"name is too long":     {Email: "a@b.co", Name: strings.Repeat("n", 500)},
		"comma or bar":         {Email: "a@b.co", Tags: []string{"a|b"}},
	}
	cases["too many tags"] = customers.Input{Email: "a@b.co", Tags: func() []string {
		var t []string
		for i := 0; i < 30; i++ {
			t = append(t, strings.Repeat("x", i+1))
		}
		return t
	}()}
	for want, in := range cases {
		if _, err := s.Create(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	}
	if _, err := s.Get(99); !errors.Is(err, customers.ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestListSearchesNamesAddressesAndTags(t *testing.T) {
	s := customers.NewService(storetest.Open(t))
	for _, in := range []customers.Input{
		{Name: "Zoë Adams", Email: "zoe@example.com", Tags: []string{"vip"}},
		{Name: "Ann Lee", Email: "ann@shop.example"},
		{Name: "bo Jensen", Email: "bo@example.com"},
	} {
		if _, err := s.Create(in); err != nil {
			t.Fatal(err)
		}
	}
	names := func(q customers.ListQuery) string {
		p, err := s.List(q)
		if err != nil {
			t.Fatal(err)
		}
		var n []string
		for _, c := range p.Items {
			n = append(n, c.Name)
		}
		return strings.Join(n, ", ")
	}
	cases := []struct {
		q    customers.ListQuery
		want string
	}{
		{customers.ListQuery{}, "Ann Lee, bo Jensen, Zoë Adams"},
		{customers.ListQuery{Search: "example.com"}, "bo Jensen, Zoë Adams"},
		{customers.ListQuery{Search: "ZOË"}, "Zoë Adams"},
		{customers.ListQuery{Tag: "VIP"}, "Zoë Adams"},
		{customers.ListQuery{Offset: 1, Limit: 1}, "bo Jensen"},
	}
	for _, c := range cases {
		if got := names(c.q); got != c.want {
			t.Errorf("%+v = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestATooLongTagIsQuotedOnWholeCharacters(t *testing.T) {
	_, err := customers.CleanTags([]string{strings.Repeat("ü", customers.MaxTag+5)})
	if err == nil || !utf8.ValidString(err.Error()) {
		t.Fatalf("err = %q, want a readable refusal", err)
	}
}
