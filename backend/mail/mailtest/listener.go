package mailtest

import (
	"net"
	"sync"
	"sync/atomic"
)

// listener counts connections and, while the server is told to stall,
// keeps new ones open without ever answering.
type listener struct {
	net.Listener
	srv   *Server
	count atomic.Int64

	mu      sync.Mutex
	stalled []net.Conn
}

func (l *listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		l.srv.mu.Lock()
		l.count.Add(1)
		l.srv.notify()
		stall := l.srv.stall
		l.srv.mu.Unlock()
		if !stall {
			return c, nil
		}
		l.mu.Lock()
		l.stalled = append(l.stalled, c)
		l.mu.Unlock()
	}
}

func (l *listener) closeStalled() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.stalled {
		c.Close()
	}
	l.stalled = nil
}
