package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"shopdesk/backend/mail"
)

// Server is a running test SMTP server. Its methods are safe for
// concurrent use.
type Server struct {
	// Addr is "127.0.0.1:port".
	Addr string
	// Host and Port are Addr's parts.
	Host string
	Port int

	cfg     config
	smtp    *smtp.Server
	ln      *listener
	roots   *x509.CertPool
	leaf    *x509.Certificate
	closed  chan struct{}
	closing sync.Once

	mu        sync.Mutex
	messages  []Message
	changed   chan struct{} // closed and replaced when messages change
	failures  map[string]reply
	recipient map[string]reply
	stall     bool
	stallData bool
	dropData  bool
	onMessage func(Message)
}

// Start runs a server on 127.0.0.1 with a free port and stops it when the
// test ends.
func Start(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	s, err := New(opts...)
	if err != nil {
		tb.Fatalf("start the test mail server: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// New runs a server on 127.0.0.1 with a free port; Close stops it. Most
// tests want Start.
func New(opts ...Option) (*Server, error) {
	s := &Server{
		closed:    make(chan struct{}),
		changed:   make(chan struct{}),
		failures:  map[string]reply{},
		recipient: map[string]reply{},
	}
	for _, o := range opts {
		o(&s.cfg)
	}
	cert, roots, err := newCertificate()
	if err != nil {
		return nil, err
	}
	s.roots, s.leaf = roots, cert.Leaf
	tlsConfig := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}

	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s.ln = &listener{Listener: raw, srv: s}
	var ln net.Listener = s.ln
	if s.cfg.implicitTLS {
		ln = tls.NewListener(ln, tlsConfig)
	}

	srv := smtp.NewServer(backend{s})
	srv.Domain = "mailtest.localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.MaxMessageBytes = 10 << 20
	srv.ErrorLog = log.New(io.Discard, "", 0)
	if s.cfg.startTLS {
		srv.TLSConfig = tlsConfig
	}
	s.smtp = srv

	tcp := raw.Addr().(*net.TCPAddr)
	s.Addr, s.Host, s.Port = raw.Addr().String(), tcp.IP.String(), tcp.Port
	go func() { _ = srv.Serve(ln) }()
	return s, nil
}

// Close stops the server, releasing stalled connections and handlers.
func (s *Server) Close() error {
	var err error
	s.closing.Do(func() {
		close(s.closed)
		err = s.smtp.Close()
		s.ln.closeStalled()
	})
	return err
}

// RootCAs trusts the server's certificate.
func (s *Server) RootCAs() *x509.CertPool { return s.roots }

// Fingerprint is the SHA-256 fingerprint of the server's self-signed
// certificate, as the owner would be shown it.
func (s *Server) Fingerprint() string { return mail.Fingerprint(s.leaf.Raw) }

// Settings are ready-made mail settings for this server: the right port
// and security, its certificate trusted, its username and password, a From
// address and a 5-second timeout.
func (s *Server) Settings() mail.Settings {
	sec := mail.SecurityNone
	switch {
	case s.cfg.implicitTLS:
		sec = mail.SecurityTLS
	case s.cfg.startTLS:
		sec = mail.SecuritySTARTTLS
	}
	return mail.Settings{
		Host:        s.Host,
		Port:        s.Port,
		Security:    sec,
		Username:    s.cfg.user,
		Password:    s.cfg.pass,
		FromName:    "Test Shop",
		FromAddress: "shop@shopdesk.test",
		Timeout:     5 * time.Second,
		RootCAs:     s.roots,
	}
}

// Connections counts the connections accepted so far, stalled ones included.
func (s *Server) Connections() int { return int(s.ln.count.Load()) }

func (s *Server) String() string { return "mailtest " + s.Host + ":" + strconv.Itoa(s.Port) }
