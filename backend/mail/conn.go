package mail

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// deadlineConn gives every Read and Write on a connection its own deadline,
// so no wait on the server lasts longer than the timeout, whatever the SMTP
// client is doing (go-smtp sets no deadline while the message body is
// written). It also lets a context stop a blocked call at once.
type deadlineConn struct {
	net.Conn
	timeout time.Duration

	mu       sync.Mutex
	canceled bool

	writeFailed atomic.Bool // some write did not reach the socket
}

func newDeadlineConn(c net.Conn, timeout time.Duration) *deadlineConn {
	return &deadlineConn{Conn: c, timeout: timeout}
}

func (c *deadlineConn) Read(p []byte) (int, error) {
	if err := c.arm(c.Conn.SetReadDeadline); err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}

func (c *deadlineConn) Write(p []byte) (int, error) {
	if err := c.arm(c.Conn.SetWriteDeadline); err != nil {
		c.writeFailed.Store(true)
		return 0, err
	}
	n, err := c.Conn.Write(p)
	if err != nil {
		c.writeFailed.Store(true)
	}
	return n, err
}

// arm sets the next deadline, unless the connection was canceled. Holding
// the lock makes cancel and arm ordered: a canceled deadline is never
// pushed back into the future.
func (c *deadlineConn) arm(set func(time.Time) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.canceled {
		return ErrCanceled
	}
	return set(time.Now().Add(c.timeout))
}

// cancel makes the call in progress, and every later one, fail at once.
func (c *deadlineConn) cancel() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.canceled = true
	_ = c.Conn.SetDeadline(time.Unix(1, 0))
}

// Deadlines are this type's job: the ones the SMTP client sets (and clears)
// are ignored.
func (c *deadlineConn) SetDeadline(time.Time) error      { return nil }
func (c *deadlineConn) SetReadDeadline(time.Time) error  { return nil }
func (c *deadlineConn) SetWriteDeadline(time.Time) error { return nil }

// greetedConn replays an SMTP greeting before the connection's own data. A
// STARTTLS session has no greeting after the handshake, but go-smtp's client
// expects one when it starts; see startTLS.
type greetedConn struct {
	net.Conn
	greeting []byte
}

func (c *greetedConn) Read(p []byte) (int, error) {
	if len(c.greeting) > 0 {
		n := copy(p, c.greeting)
		c.greeting = c.greeting[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}
