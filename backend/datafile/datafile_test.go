package datafile_test

import (
	"os"
	"path/filepath"
	"testing"

	"shopdesk/backend/datafile"
)

func TestPathPicksFlagThenEnvironmentThenDataFolder(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("SHOPDESK_DATA", "")
	if got, _ := datafile.Path(""); got != filepath.Join(dir, "xdg", "shopdesk", datafile.FileName) {
		t.Errorf("default = %s, want it in $XDG_DATA_HOME/shopdesk", got)
	}
	env := filepath.Join(dir, "env.db")
	t.Setenv("SHOPDESK_DATA", env)
	if got, _ := datafile.Path(""); got != env {
		t.Errorf("with SHOPDESK_DATA = %s, want %s", got, env)
	}
	flag := filepath.Join(dir, "flag.db")
	if got, _ := datafile.Path(flag); got != flag {
		t.Errorf("with --data = %s, want the flag over the environment", got)
	}
}

func TestAFolderGetsTheFileInside(t *testing.T) {
	dir := t.TempDir()
	if got, _ := datafile.Path(dir); got != filepath.Join(dir, datafile.FileName) {
		t.Errorf("a folder = %s, want %s inside it", got, datafile.FileName)
	}
}

func TestARelativePathBecomesAbsolute(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	got, err := datafile.Path("try.db")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if got != filepath.Join(wd, "try.db") {
		t.Errorf("relative = %s, want it made absolute in the working folder", got)
	}
}
