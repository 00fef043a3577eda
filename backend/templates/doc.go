// Package templates keeps the shop's saved replies and fills them in.
//
// A template is a subject and a body written the way shop owners already
// write them, with placeholders in square brackets: "Dear [Customer Name]",
// "your order [Order Number]". The placeholders Shopdesk knows are listed in
// Known; each says whether the app fills it on its own (from the ticket, the
// customer, the shop settings or the signed-in person) or asks for it when
// the reply is sent.
//
// # How brackets are read
//
// The rule is the same in the subject and the body, and it is checked when a
// template is saved (Validate), so a mistake is shown with its line and
// column instead of reaching a customer:
//
//   - "[" followed by a letter (spaces before the letter are allowed) starts a
//     placeholder. Its name runs to the next "]" on the same line. Names are
//     matched without regard to case or repeated spaces, a leading "Insert"
//     is ignored ("[Insert Survey Link]" is [Survey Link]) and common other
//     spellings are aliases ("[discount code/coupon]" is [Discount Code]).
//     An unknown name, or a "[" with no "]" on its line, is an error.
//   - "[]" (or "[ ]") is an error: the name is missing.
//   - "[" followed by anything else is ordinary text, together with the "]"
//     that closes it: "[#1042]", "[1]", "[:)]" stay as written.
//   - A "]" that closes nothing is an error, because it is almost always a
//     placeholder whose "[" was lost ("Customer Name]").
//   - "[[" and "]]" write a literal bracket, for the rare text that needs a
//     bracket before a letter: "[[sic]]" shows as "[sic]".
//
// # Filling
//
// Fill replaces every placeholder with its value and returns the subject, a
// plain-text body and an HTML body. The HTML body escapes the template text
// and the values alike, so a customer called "<b>Zoë</b>" is shown exactly
// like that. Placeholders with no value are returned in missing: a message
// with anything missing must not be sent.
//
// # Storage
//
// Templates live in store.BucketTemplates as id → JSON. The functions that
// read or write them take the caller's *bolt.Tx, so saving a template can be
// part of a larger change. SeedDefaults writes the built-in templates (from
// the shop's customer-service checklists) once; the owner may edit or delete
// them like any other, and RestoreDefault brings back the original text.
package templates
