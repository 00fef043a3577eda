package mailsettings_test

import (
	"fmt"

	"shopdesk/backend/mailsettings"
)

// Test mode needs no server; sending for real needs one that is reached
// safely. Every problem comes back at once.
func ExampleSettings_Normalize() {
	st, err := mailsettings.Settings{TestMode: true, Host: "  "}.Normalize()
	fmt.Printf("test mode: host %q, %v\n", st.Host, err)
	_, err = mailsettings.Settings{Host: "smtp.example.com", Port: 25, Security: "none", FromAddress: "help@shop.example"}.Normalize()
	fmt.Println(err)
	// Output:
	// test mode: host "", <nil>
	// sending without encryption is only allowed to a test server on this computer: choose STARTTLS (usually port 587) or TLS (usually port 465)
}
