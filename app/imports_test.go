package app_test

import (
	"go/build"
	"strings"
	"testing"
)

// The API layer decides who may call what, then calls one backend
// function; transactions are the backend's. An import of bbolt here is
// how a transaction (and a lost update) creeps back into app/.
func TestAppDoesNotTouchTheStoreDirectly(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if imp == "go.etcd.io/bbolt" || strings.HasPrefix(imp, "go.etcd.io/bbolt/") {
			t.Errorf("app/ imports %s: move the transaction into a backend package", imp)
		}
	}
}
