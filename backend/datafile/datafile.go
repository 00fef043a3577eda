// Package datafile decides where the shop's data file lives.
package datafile

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// FileName is the data file's name inside the data folder.
const FileName = "shopdesk.db"

// Path picks the data file: the flag, else $SHOPDESK_DATA, else
// shopdesk.db in the user's data folder ($XDG_DATA_HOME/shopdesk, by
// default ~/.local/share/shopdesk on Linux). A folder given by flag or
// environment gets shopdesk.db inside it.
func Path(flagValue string) (string, error) {
	p := flagValue
	if p == "" {
		p = os.Getenv("SHOPDESK_DATA")
	}
	if p == "" {
		dir, err := dataHome()
		if err != nil {
			return "", fmt.Errorf("find your data folder: %w; start with --data PATH", err)
		}
		return filepath.Join(dir, "shopdesk", FileName), nil
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		return filepath.Join(p, FileName), nil
	}
	return filepath.Abs(p)
}

func dataHome() (string, error) {
	if runtime.GOOS == "linux" {
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			return x, nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, ".local", "share"), nil
	}
	return os.UserConfigDir()
}
