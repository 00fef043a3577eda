// Shopdesk is a desktop help desk for a small online shop.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"shopdesk/app"
	"shopdesk/backend/datafile"
	"shopdesk/backend/sample"
	"shopdesk/backend/store"
)

//go:embed all:frontend/dist
var assets embed.FS

// The window and taskbar icon; build/appicon.svg is its source.
//
//go:embed build/appicon.png
var icon []byte

func main() {
	dataFlag := flag.String("data", "", "data file (default: $SHOPDESK_DATA, else shopdesk.db in your data folder)")
	crash := flag.Bool("allow-crash-test", false, "let tests call Diagnostics.Crash")
	pick := flag.String("test-pick-file", "", "tests: the file \"Open another file…\" picks, instead of asking")
	demo := flag.Bool("demo", false, "fill a new, empty data file with a sample shop; sign in as Maya Chen, password "+sample.Password)
	flag.Parse()

	path, err := datafile.Path(*dataFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "shopdesk:", err)
		os.Exit(2)
	}
	if *demo {
		if _, err := sample.Demo(path); err != nil {
			fmt.Fprintln(os.Stderr, "shopdesk:", err)
		}
	}
	db, openErr := store.Open(path, store.Options{})
	if openErr != nil {
		// Say it at once on the terminal; the window says it too.
		fmt.Fprintln(os.Stderr, "shopdesk:", openErr)
	}
	// The ticket list loads while the window opens (app.New starts it):
	// 15 MB that stay. Collecting garbage meanwhile marks them again at
	// every step as they grow, on threads that take the CPU the window
	// needs to open (30 ms of start-up); one collection after the load
	// does instead.
	gcPercent := debug.SetGCPercent(-1)
	var a *app.App
	// What New reads at start (settings, templates, the outbox) is read
	// safely: a damaged page shows the open-error screen, not a crash.
	err = store.Safely(func() (err error) {
		a, err = app.New(db, path, openErr, app.Options{AllowCrashTest: *crash, PickFile: *pick})
		return err
	})
	if errors.Is(err, store.ErrDamaged) {
		fmt.Fprintln(os.Stderr, "shopdesk:", err)
		openErr = err
		a, err = app.New(nil, path, openErr, app.Options{AllowCrashTest: *crash, PickFile: *pick})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "shopdesk:", err)
		os.Exit(1)
	}
	go func() {
		err := a.Loaded()
		debug.SetGCPercent(gcPercent)
		// If the list cannot be read, say so on the terminal too.
		if err != nil && openErr == nil {
			fmt.Fprintln(os.Stderr, "shopdesk:", err)
		}
	}()
	err = wails.Run(&options.App{
		Title:            "Shopdesk",
		Width:            1280,
		Height:           800,
		MinWidth:         900,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 251, A: 255},
		OnStartup:        a.Startup,
		OnDomReady:       a.DomReady,
		OnShutdown:       a.Shutdown,
		Bind:             a.Bind(),
		Linux:            &linux.Options{Icon: icon, ProgramName: "shopdesk", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
	})
	// The user chose another data file on the open-error screen.
	if next := app.RestartPath(); err == nil && next != "" {
		err = restartOn(next)
	}
	if err != nil {
		slog.Error("window", "err", err)
		if errors.Is(openErr, store.ErrLocked) {
			os.Exit(3)
		}
		os.Exit(1)
	}
	if errors.Is(openErr, store.ErrLocked) {
		os.Exit(3)
	}
}
