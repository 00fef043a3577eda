package users

import (
	"runtime"

	"golang.org/x/crypto/bcrypt"
)

// hashing bounds how many bcrypt runs go at once: each takes a core for
// tens of milliseconds, and several together on a laptop's few cores
// would starve the calls the window is waiting for (a ticket save). At
// least one core is always left for the rest of the app.
var hashing = make(chan struct{}, max(1, runtime.NumCPU()-1))

func compare(h []byte, password string) bool {
	hashing <- struct{}{}
	defer func() { <-hashing }()
	return bcrypt.CompareHashAndPassword(h, []byte(password)) == nil
}

func hashPassword(password string, cost int) ([]byte, error) {
	hashing <- struct{}{}
	defer func() { <-hashing }()
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}
