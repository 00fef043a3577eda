// Command smtpd is a real SMTP server (go-smtp, from backend/mail/mailtest)
// for the end-to-end tests: it listens on 127.0.0.1, asks for a username
// and password, prints "listening PORT" once, then "received TO" for every
// message it accepts, and stops when its standard input closes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"shopdesk/backend/mail/mailtest"
)

func main() {
	user := flag.String("user", "shop", "the username the server accepts")
	pass := flag.String("pass", "right", "the password the server accepts")
	flag.Parse()
	srv, err := mailtest.New(mailtest.WithAuth(*user, *pass))
	if err != nil {
		fmt.Fprintln(os.Stderr, "smtpd:", err)
		os.Exit(1)
	}
	defer srv.Close()
	srv.OnMessage(func(m mailtest.Message) { fmt.Printf("received %s\n", strings.Join(m.To, ",")) })
	fmt.Printf("listening %d\n", srv.Port)
	_, _ = io.Copy(io.Discard, os.Stdin)
}
