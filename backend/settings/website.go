package settings

import (
	"errors"
	"net/url"
	"strings"
)

// ErrWebsite is returned for a shop website that is not a web address.
var ErrWebsite = errors.New("the shop website is not a web address: type it like https://yourshop.com")

// NormalizeWebsite checks the shop's web address as typed and returns it
// as customers should get it: "yourshop.com" becomes
// "https://yourshop.com". Empty stays empty (no website).
func NormalizeWebsite(in string) (string, error) {
	w := strings.TrimSpace(in)
	if w == "" {
		return "", nil
	}
	if !strings.Contains(w, "://") {
		w = "https://" + w
	}
	u, err := url.Parse(w)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil || len(w) > 300 ||
		strings.ContainsAny(w, " \t\n<>\"") {
		return "", ErrWebsite
	}
	host := u.Hostname()
	if !strings.Contains(host, ".") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return "", ErrWebsite
	}
	if u.Path == "/" && u.RawQuery == "" && u.Fragment == "" {
		u.Path = ""
	}
	return u.String(), nil
}
