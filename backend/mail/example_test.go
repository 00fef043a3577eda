package mail_test

import (
	"bytes"
	"fmt"
	"mime"
	"net/mail"
	"time"

	smail "shopdesk/backend/mail"
)

func ExampleCompose() {
	raw, err := smail.Compose(smail.Message{
		FromName:    "Leaf & Co",
		FromAddress: "help@leaf.example",
		ToName:      "Zoë Adams",
		ToAddress:   "zoe@example.com",
		Subject:     smail.SubjectWithTicket(smail.ReplySubject("Où est ma commande ?"), 1042),
		Text:        "Hi Zoë,\n\nYour parcel left today.",
		HTML:        "<p>Hi Zoë,</p><p>Your parcel left today.</p>",
		MessageID:   "<reply-1@leaf.example>",
		InReplyTo:   "<question-1@example.com>",
		Date:        time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	msg, _ := mail.ReadMessage(bytes.NewReader(raw))
	var dec mime.WordDecoder
	subject, _ := dec.DecodeHeader(msg.Header.Get("Subject"))
	to, _ := mail.ParseAddress(msg.Header.Get("To"))
	fmt.Println("Subject:", subject)
	fmt.Println("To:", to.Name, to.Address)
	fmt.Println("Message-ID:", msg.Header.Get("Message-ID"))
	fmt.Println("In-Reply-To:", msg.Header.Get("In-Reply-To"))
	fmt.Println("Date:", msg.Header.Get("Date"))
	mt, _, _ := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	fmt.Println("Content-Type:", mt)
	// Output:
	// Subject: Re: Où est ma commande ? [#1042]
	// To: Zoë Adams zoe@example.com
	// Message-ID: <reply-1@leaf.example>
	// In-Reply-To: <question-1@example.com>
	// Date: Fri, 14 Mar 2025 09:30:00 +0000
	// Content-Type: multipart/alternative
}
