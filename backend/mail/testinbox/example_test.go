package testinbox_test

import (
	"fmt"

	"shopdesk/backend/mail/testinbox"
)

func ExampleParse() {
	raw := "From: =?utf-8?q?Leaf_&_Co?= <help@leaf.example>\r\n" +
		"Subject: =?UTF-8?Q?Your_order_=E2=9C=93?=\r\n" +
		"Content-Type: text/plain; charset=UTF-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"It ships today =E2=80=94 thank you!\r\n"
	v, err := testinbox.Parse([]byte(raw))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.From)
	fmt.Println(v.Subject)
	fmt.Print(v.Text)
	// Output:
	// Leaf & Co <help@leaf.example>
	// Your order ✓
	// It ships today — thank you!
}
