package mailsettings

import (
	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Passwords is where the password is kept (backend/mailpassword's Store).
type Passwords interface {
	Get() (string, error)
	Set(password string) error
}

// Save checks and saves the settings; password nil keeps the saved one,
// "" removes it. The sender does not switch over by itself: the caller
// tells the worker (sending.Service.Reconfigure).
func Save(db *store.DB, pws Passwords, st Settings, password *string) error {
	st, err := st.Normalize()
	if err != nil {
		return err
	}
	if password != nil {
		if err := pws.Set(*password); err != nil {
			return err
		}
	}
	pw, err := pws.Get()
	if err != nil {
		return err
	}
	st.HasPassword = pw != ""
	return db.Update(func(tx *bolt.Tx) error { return Put(tx, st) })
}
