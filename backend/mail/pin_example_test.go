package mail_test

import (
	"fmt"

	smail "shopdesk/backend/mail"
)

// A fingerprint copied from `openssl x509 -fingerprint -sha256`, from a
// mail program, or typed without colons, is read the same way.
func ExampleParseFingerprint() {
	fp, err := smail.ParseFingerprint("6cd3c91680dc0b0a01fb0fd7f551e312d619 8c825f888b21c2566ec11e461212")
	fmt.Println(fp, err)
	_, err = smail.ParseFingerprint("6C:D3:C9")
	fmt.Println(err)
	// Output:
	// 6C:D3:C9:16:80:DC:0B:0A:01:FB:0F:D7:F5:51:E3:12:D6:19:8C:82:5F:88:8B:21:C2:56:6E:C1:1E:46:12:12 <nil>
	// the certificate fingerprint is not a SHA-256 fingerprint (32 pairs like AB:CD:…): copy it again
}
