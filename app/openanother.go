package app

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"shopdesk/backend/store"
)

// Kinds of open error, so the window can say what to do about each.
const (
	OpenErrorDamaged = "damaged"
	OpenErrorLocked  = "locked"
	OpenErrorForeign = "foreign"
	OpenErrorOther   = "other"
)

func openErrorKind(err error) string {
	switch {
	case errors.Is(err, store.ErrDamaged):
		return OpenErrorDamaged
	case errors.Is(err, store.ErrLocked):
		return OpenErrorLocked
	case errors.Is(err, store.ErrNotShopdesk):
		return OpenErrorForeign
	}
	return OpenErrorOther
}

// fileDialogs is the part of the window runtime that asks for a file.
type fileDialogs interface {
	OpenFile(title string) (string, error)
}

// restart remembers the file to start again on once the window closes.
var restart struct {
	sync.Mutex
	path string
}

// OpenAnother: anyone, on the open-error screen. It asks for a data file
// and, unless the user cancels, closes the window so that Shopdesk starts
// again on that file (see RestartPath). It returns the chosen path.
func (s *Session) OpenAnother() (path string, err error) {
	defer guard("Session.OpenAnother", &err)
	if s.c.openErr == nil && s.c.unopened() == nil {
		return "", fmt.Errorf("a data file is open already: sign out and quit Shopdesk first")
	}
	d, ok := s.c.rt.(fileDialogs)
	switch {
	case s.c.pickFile != "":
		path = s.c.pickFile
	case !ok:
		return "", fmt.Errorf("this window cannot show a file dialog: start Shopdesk with --data FILE")
	default:
		if path, err = d.OpenFile("Open a Shopdesk data file"); err != nil || path == "" {
			return "", err
		}
	}
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		return "", fmt.Errorf("%s cannot be opened: choose a data file", path)
	}
	restart.Lock()
	restart.path = path
	restart.Unlock()
	s.c.rt.Quit()
	return path, nil
}

// RestartPath is the data file the user chose to open instead, or "".
func RestartPath() string {
	restart.Lock()
	defer restart.Unlock()
	return restart.path
}

// RestartArgs are args (without the program name) with the data file
// replaced by path, so every other flag carries over.
func RestartArgs(args []string, path string) []string {
	out := []string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--data" || a == "-data":
			i++ // and its value
		case strings.HasPrefix(a, "--data=") || strings.HasPrefix(a, "-data="):
		case a == "--demo" || a == "-demo":
			// The demo fills only new files; the chosen one is not.
		default:
			out = append(out, a)
		}
	}
	return append(out, "--data", path)
}
