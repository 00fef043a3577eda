// Blankwindow is the yardstick for Shopdesk's start-up benchmark: a Wails
// window with the same options as Shopdesk's and an empty page. It prints
// the time from its start to DOM-ready, then quits (or, with -stay, stays
// open so its memory can be read).
//
// Build it like the app: go build -tags desktop,production,webkit2_41 ./bench/blankwindow
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

//go:embed page
var page embed.FS

// started is as early as Go code runs, like app.Diagnostics' start.
var started = time.Now()

func main() {
	stay := flag.Bool("stay", false, "stay open after DOM-ready, until closed or killed")
	flag.Parse()
	assets, err := fs.Sub(page, "page")
	if err != nil {
		fmt.Fprintln(os.Stderr, "blankwindow:", err)
		os.Exit(1)
	}
	err = wails.Run(&options.App{
		Title:            "blank",
		Width:            1280,
		Height:           800,
		MinWidth:         900,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 251, A: 255},
		OnDomReady: func(ctx context.Context) {
			ms := float64(time.Since(started).Microseconds()) / 1000
			fmt.Fprintf(os.Stdout, "blankwindow: dom ready %.1f ms after start\n", ms)
			if !*stay {
				runtime.Quit(ctx)
			}
		},
		Linux: &linux.Options{ProgramName: "blankwindow", WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "blankwindow:", err)
		os.Exit(1)
	}
}
