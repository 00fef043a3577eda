package mail_test

import (
	"errors"
	"testing"

	smail "shopdesk/backend/mail"
)

func TestSettingsValidate(t *testing.T) {
	good := smail.Settings{Host: "smtp.example.com", Port: 587, Security: smail.SecuritySTARTTLS, FromAddress: "help@shop.example"}
	tests := []struct {
		name   string
		change func(*smail.Settings)
		want   error // nil = valid
	}{
		{"starttls to a provider", func(s *smail.Settings) {}, nil},
		{"implicit tls", func(s *smail.Settings) { s.Security, s.Port = smail.SecurityTLS, 465 }, nil},
		{"no encryption to this computer", func(s *smail.Settings) { s.Security, s.Host = smail.SecurityNone, "127.0.0.1" }, nil},
		{"no encryption to localhost", func(s *smail.Settings) { s.Security, s.Host = smail.SecurityNone, "localhost" }, nil},
		{"no encryption to ::1", func(s *smail.Settings) { s.Security, s.Host = smail.SecurityNone, "::1" }, nil},
		{"no encryption to a provider", func(s *smail.Settings) { s.Security = smail.SecurityNone }, smail.ErrPlainRemote},
		{"no encryption to a remote address", func(s *smail.Settings) { s.Security, s.Host = smail.SecurityNone, "192.0.2.10" }, smail.ErrPlainRemote},
		{"no host", func(s *smail.Settings) { s.Host = " " }, smail.ErrNoHost},
		{"host written as a URL", func(s *smail.Settings) { s.Host = "smtp://smtp.example.com" }, smail.ErrHost},
		{"host with a port", func(s *smail.Settings) { s.Host = "smtp.example.com:587" }, smail.ErrHost},
		{"port zero", func(s *smail.Settings) { s.Port = 0 }, smail.ErrPort},
		{"port too big", func(s *smail.Settings) { s.Port = 70000 }, smail.ErrPort},
		{"unknown security", func(s *smail.Settings) { s.Security = "ssl" }, smail.ErrSecurity},
		{"no from address", func(s *smail.Settings) { s.FromAddress = "" }, smail.ErrFromAddress},
		{"from address with a name", func(s *smail.Settings) { s.FromAddress = "Shop <help@shop.example>" }, smail.ErrFromAddress},
		{"bad reply-to", func(s *smail.Settings) { s.ReplyTo = "nobody" }, smail.ErrReplyTo},
		{"username without password", func(s *smail.Settings) { s.Username = "help" }, smail.ErrNoPassword},
		{"negative timeout", func(s *smail.Settings) { s.Timeout = -1 }, smail.ErrTimeout},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := good
			tc.change(&s)
			err := s.Validate()
			if tc.want == nil && err != nil {
				t.Fatalf("Validate() = %v, want nil", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestNewSenderRefusesBadSettings(t *testing.T) {
	if _, err := smail.NewSender(smail.Settings{}); !errors.Is(err, smail.ErrNoHost) || !errors.Is(err, smail.ErrFromAddress) {
		t.Fatalf("err = %v, want every problem named", err)
	}
}
