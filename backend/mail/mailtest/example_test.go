package mailtest_test

import (
	"context"
	"fmt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
)

func ExampleNew() {
	srv, err := mailtest.New(mailtest.WithSTARTTLS())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	sender, _ := mail.NewSender(srv.Settings())
	defer sender.Close()
	srv.RejectRecipient("gone@example.com", 550, "5.1.1 user unknown")
	for _, to := range []string{"ann@example.com", "gone@example.com"} {
		err := sender.Send(context.Background(), mail.Message{ToAddress: to, Subject: "Hi", Text: "Hello"})
		fmt.Println(to, "→", err)
	}
	for _, m := range srv.Messages() {
		fmt.Println("received for", m.To)
	}
	// Output:
	// ann@example.com → <nil>
	// gone@example.com → sending to gone@example.com: the server refused the recipient (550 5.1.1 user unknown)
	// received for [ann@example.com]
}
