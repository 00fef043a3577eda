package testinbox

import (
	"io"
	"log"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-smtp"

	"shopdesk/backend/mail"
)

// MaxMessageBytes is the largest message the test inbox keeps.
const MaxMessageBytes = 10 << 20

// Config sets up a test inbox.
type Config struct {
	// Addr is where to listen; "" means 127.0.0.1 on a free port. Only
	// 127.0.0.1 is allowed: "localhost" may name an address reachable
	// from elsewhere, or IPv6, where the sender does not look.
	Addr string
	// Store keeps what arrives. Required.
	Store Store
	// OnReceive, if set, is called after a message was kept (from the
	// server's goroutine: return quickly).
	OnReceive func(Received)
}

// Inbox is a running test inbox.
type Inbox struct {
	srv  *smtp.Server
	addr *net.TCPAddr
}

// Start listens and serves until Close.
func Start(cfg Config) (*Inbox, error) {
	if cfg.Store == nil {
		return nil, ErrNoStore
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	host, _, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, ErrNotLocal
	}
	if ip := net.ParseIP(host); ip == nil || !ip.Equal(net.IPv4(127, 0, 0, 1)) {
		return nil, ErrNotLocal
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, err
	}
	srv := smtp.NewServer(backend{cfg})
	srv.Domain = "shopdesk-test-inbox.localhost"
	srv.MaxMessageBytes = MaxMessageBytes
	srv.MaxRecipients = 100
	srv.ReadTimeout, srv.WriteTimeout = time.Minute, time.Minute
	srv.ErrorLog = log.New(io.Discard, "", 0)
	go func() { _ = srv.Serve(ln) }()
	return &Inbox{srv: srv, addr: ln.Addr().(*net.TCPAddr)}, nil
}

// Port is the port the inbox listens on.
func (in *Inbox) Port() int { return in.addr.Port }

// Addr is "127.0.0.1:port".
func (in *Inbox) Addr() string { return in.addr.String() }

// Settings are email settings that send to this inbox, from the given
// shop address.
func (in *Inbox) Settings(fromName, fromAddress string) mail.Settings {
	return mail.Settings{
		Host:        in.addr.IP.String(),
		Port:        in.addr.Port,
		Security:    mail.SecurityNone,
		FromName:    fromName,
		FromAddress: fromAddress,
		Timeout:     10 * time.Second,
	}
}

// Close stops the inbox and ends open connections.
func (in *Inbox) Close() error { return in.srv.Close() }

type backend struct{ cfg Config }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{cfg: b.cfg}, nil }

type session struct {
	cfg  Config
	from string
	to   []string
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, strings.TrimSpace(to))
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err // too large, or the connection broke
	}
	rec := Received{From: s.from, To: append([]string(nil), s.to...), Data: data, ReceivedAt: time.Now().UTC()}
	id, err := s.cfg.Store.Add(rec)
	if err != nil {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "the test inbox could not keep the message"}
	}
	rec.ID = id
	if s.cfg.OnReceive != nil {
		s.cfg.OnReceive(rec)
	}
	return nil
}

func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }
