package customers

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/users"
)

// Customer is a person who buys from the shop.
type Customer struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Email     string    `json:"email"`
	Phone     string    `json:"phone"`
	Notes     string    `json:"notes"`
	Tags      []string  `json:"tags"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
	// Version counts saves; an edit must name the version it started from.
	Version uint64 `json:"version"`
}

// Input is a new customer or a full edit of one.
type Input struct {
	Name  string   `json:"name"`
	Email string   `json:"email"`
	Phone string   `json:"phone"`
	Notes string   `json:"notes"`
	Tags  []string `json:"tags"`
}

// Limits on fields, generous for people and small enough for the list.
const (
	MaxName  = 120
	MaxPhone = 40
	MaxNotes = 20_000
	MaxTags  = 20
	MaxTag   = 30
)

func (in Input) clean() (Input, error) {
	in.Name = strings.TrimSpace(in.Name)
	in.Phone = strings.TrimSpace(in.Phone)
	in.Notes = strings.TrimSpace(in.Notes)
	// A customer who phoned or chatted may have given no address: a name
	// is enough then.
	var err error
	if strings.TrimSpace(in.Email) != "" || in.Name == "" {
		email, err := users.CleanEmail(in.Email)
		if err != nil {
			if in.Name == "" && strings.TrimSpace(in.Email) == "" {
				return in, fmt.Errorf("customer has no name and no email address: type at least their name")
			}
			return in, fmt.Errorf("customer's %w", err)
		}
		in.Email = email
	} else {
		in.Email = ""
	}
	if in.Name == "" {
		in.Name = NameFromEmail(in.Email)
	}
	switch {
	case utf8.RuneCountInString(in.Name) > MaxName:
		return in, fmt.Errorf("customer name is too long: use at most %d characters", MaxName)
	case utf8.RuneCountInString(in.Phone) > MaxPhone:
		return in, fmt.Errorf("phone number is too long: use at most %d characters", MaxPhone)
	case utf8.RuneCountInString(in.Notes) > MaxNotes:
		return in, fmt.Errorf("notes are too long: keep them under %d characters", MaxNotes)
	}
	in.Tags, err = CleanTags(in.Tags)
	return in, err
}

// CleanTags trims, lower-cases and de-duplicates tags, and checks limits.
func CleanTags(tags []string) ([]string, error) {
	out := make([]string, 0, len(tags))
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		if utf8.RuneCountInString(t) > MaxTag {
			return nil, fmt.Errorf("tag %q is too long: use at most %d characters", string([]rune(t)[:MaxTag])+"…", MaxTag)
		}
		if strings.ContainsAny(t, ",|") {
			return nil, fmt.Errorf("tag %q has a comma or bar in it: use one word or a dash", t)
		}
		seen[t] = true
		out = append(out, t)
	}
	if len(out) > MaxTags {
		return nil, fmt.Errorf("too many tags: use at most %d", MaxTags)
	}
	return out, nil
}

// NameFromEmail makes a readable stand-in name ("ann.lee@x.com" → "Ann Lee").
func NameFromEmail(email string) string {
	local, _, _ := strings.Cut(email, "@")
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' })
	for i, p := range parts {
		r := []rune(p)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		parts[i] = string(r)
	}
	if len(parts) == 0 {
		return local
	}
	return strings.Join(parts, " ")
}
