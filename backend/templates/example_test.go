package templates_test

import (
	"fmt"

	"shopdesk/backend/templates"
)

func ExampleFill() {
	t := templates.Template{
		Subject: "Your order [Order Number]",
		Body:    "Dear [Customer Name],\n\nYour parcel arrives on [Estimated Delivery].",
	}
	subject, text, _, missing := templates.Fill(t, map[string]string{
		"Customer Name": "<b>Zoë</b>",
		"Order Number":  "A-1042",
	})
	fmt.Println(subject)
	fmt.Println(text)
	fmt.Println("missing:", missing)
	// Output:
	// Your order A-1042
	// Dear <b>Zoë</b>,
	//
	// Your parcel arrives on [Estimated Delivery].
	// missing: [Estimated Delivery]
}
