package app

import (
	"shopdesk/backend/replies"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// Templates are saved replies. Everyone uses them; the owner edits them.
type Templates struct{ c *core }

// List: anyone.
func (t *Templates) List() (out []templates.Template, err error) {
	defer guard("Templates.List", &err)
	if _, err = t.c.sess.anyone(); err != nil {
		return nil, err
	}
	return t.c.templates.List()
}

// Placeholders: anyone. The names templates may use.
func (t *Templates) Placeholders() (out []templates.Placeholder, err error) {
	defer guard("Templates.Placeholders", &err)
	if _, err = t.c.sess.anyone(); err != nil {
		return nil, err
	}
	return templates.Known, nil
}

// Save: owner only. Creates (ID 0) or updates; an unknown placeholder or a
// broken bracket is refused with its place named.
func (t *Templates) Save(tp templates.Template) (out templates.Template, err error) {
	defer guard("Templates.Save", &err)
	if _, err = t.c.sess.owner(); err != nil {
		return out, err
	}
	return t.c.templates.Save(tp)
}

// Delete: owner only.
func (t *Templates) Delete(id uint64) (err error) {
	defer guard("Templates.Delete", &err)
	if _, err = t.c.sess.owner(); err != nil {
		return err
	}
	return t.c.templates.Delete(id)
}

// RestoreDefault: owner only. Puts a built-in template back as shipped.
func (t *Templates) RestoreDefault(id uint64) (out templates.Template, err error) {
	defer guard("Templates.RestoreDefault", &err)
	if _, err = t.c.sess.owner(); err != nil {
		return out, err
	}
	return t.c.templates.Restore(id)
}

// Compose: anyone. Fills a template for a ticket (0: sample data) with the
// values typed so far; Missing lists what still needs a value.
func (t *Templates) Compose(templateID, ticketID uint64, typed map[string]string) (c replies.Composed, err error) {
	defer guard("Templates.Compose", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return c, err
	}
	return t.c.replies.Compose(templateID, ticketID, tickets.Actor{ID: me.ID, Name: me.Name}, typed)
}

// Preview: anyone. Fills a template as it stands in the editor, saved or
// not, for a ticket (0: sample data).
func (t *Templates) Preview(tp templates.Template, ticketID uint64, typed map[string]string) (c replies.Composed, err error) {
	defer guard("Templates.Preview", &err)
	me, err := t.c.sess.anyone()
	if err != nil {
		return c, err
	}
	return t.c.replies.Preview(tp, ticketID, tickets.Actor{ID: me.ID, Name: me.Name}, typed)
}
