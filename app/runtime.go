package app

import (
	"context"
	"errors"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Runtime is what the backend may ask of the window. Calls made before the
// window started (or in tests, with no window) do nothing: Wails' runtime
// functions exit the process when given a context it did not make.
type Runtime interface {
	Emit(event string, data any)
	Quit()
}

// wailsRuntime forwards to the Wails runtime once OnStartup gave it a context.
type wailsRuntime struct {
	mu  sync.RWMutex
	ctx context.Context
}

func (w *wailsRuntime) start(ctx context.Context) {
	w.mu.Lock()
	w.ctx = ctx
	w.mu.Unlock()
}

func (w *wailsRuntime) context() context.Context {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.ctx
}

func (w *wailsRuntime) Emit(event string, data any) {
	if ctx := w.context(); ctx != nil {
		runtime.EventsEmit(ctx, event, data)
	}
}

func (w *wailsRuntime) Quit() {
	if ctx := w.context(); ctx != nil {
		runtime.Quit(ctx)
	}
}

// OpenFile shows the native open-file dialog; "" means the user cancelled.
// It is outside the Runtime interface so test runtimes need not have it.
func (w *wailsRuntime) OpenFile(title string) (string, error) {
	ctx := w.context()
	if ctx == nil {
		return "", errors.New("the window is not ready yet: try again in a moment")
	}
	return runtime.OpenFileDialog(ctx, runtime.OpenDialogOptions{
		Title: title,
		Filters: []runtime.FileFilter{
			{DisplayName: "Shopdesk data files (*.db)", Pattern: "*.db"},
			{DisplayName: "All files", Pattern: "*"},
		},
	})
}

// OpenCSV shows the open-file dialog for a spreadsheet export.
func (w *wailsRuntime) OpenCSV(title string) (string, error) {
	ctx := w.context()
	if ctx == nil {
		return "", errors.New("the window is not ready yet: try again in a moment")
	}
	return runtime.OpenFileDialog(ctx, runtime.OpenDialogOptions{
		Title: title,
		Filters: []runtime.FileFilter{
			{DisplayName: "CSV exports (*.csv)", Pattern: "*.csv;*.CSV;*.txt"},
			{DisplayName: "All files", Pattern: "*"},
		},
	})
}
