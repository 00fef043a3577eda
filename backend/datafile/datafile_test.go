package datafile_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"shopdesk/backend/datafile"
)

func TestTheFlagWinsOverTheEnvironment(t *testing.T) {
	t.Setenv("SHOPDESK_DATA", filepath.Join(t.TempDir(), "env.db"))
	want := filepath.Join(t.TempDir(), "flag.db")
	if got, err := datafile.Path(want); err != nil || got != want {
		t.Errorf("Path(flag) = %q, %v; want %q", got, err, want)
	}
}

func TestTheEnvironmentIsUsedWithoutAFlag(t *testing.T) {
	want := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("SHOPDESK_DATA", want)
	if got, err := datafile.Path(""); err != nil || got != want {
		t.Errorf("Path(\"\") = %q, %v; want %q", got, err, want)
	}
}

func TestAFolderGetsTheFileInside(t *testing.T) {
	dir := t.TempDir()
	if got, err := datafile.Path(dir); err != nil || got != filepath.Join(dir, datafile.FileName) {
		t.Errorf("Path(folder) = %q, %v", got, err)
	}
}

func TestARelativePathBecomesAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	got, err := datafile.Path("shop.db")
	wd, _ := os.Getwd()
	if err != nil || got != filepath.Join(wd, "shop.db") {
		t.Errorf("Path(relative) = %q, %v", got, err)
	}
}

func TestTheDefaultIsTheUsersDataFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG folder is Linux's")
	}
	t.Setenv("SHOPDESK_DATA", "")
	xdg := t.TempDir()
	t.Setenv("XDG_DATA_HOME", xdg)
	if got, err := datafile.Path(""); err != nil || got != filepath.Join(xdg, "shopdesk", datafile.FileName) {
		t.Errorf("with XDG_DATA_HOME: %q, %v", got, err)
	}
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", home)
	if got, err := datafile.Path(""); err != nil || got != filepath.Join(home, ".local", "share", "shopdesk", datafile.FileName) {
		t.Errorf("without XDG_DATA_HOME: %q, %v", got, err)
	}
}
