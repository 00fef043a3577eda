// Shopdesk-bench measures Shopdesk on the full-size sample shop (100,000
// tickets, 30,000 customers) and prints one line per figure:
//
//	bench: NAME VALUE UNIT target OP LIMIT
//
// VALUE is "skip" (with the reason after the line) where a figure cannot be
// measured here, for example with no Xvfb or no production build. Run it
// from the repository root, as `make bench` does:
//
//	go run ./cmd/shopdesk-bench [-runs 5] [-iterations 200] [-strict] [-only NAME]
//
// The sample is built once (about a minute) and kept in the temp folder,
// keyed by the generator's version and size; each run works on a copy.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

type config struct {
	tickets, customers int
	cache              string
	iterations         int
	runs               int
	binary             string
	root               string
}

func main() {
	var cfg config
	flag.IntVar(&cfg.tickets, "tickets", 100_000, "tickets in the sample shop")
	flag.IntVar(&cfg.customers, "customers", 30_000, "customers in the sample shop")
	flag.StringVar(&cfg.cache, "cache", filepath.Join(os.TempDir(), "shopdesk-bench"), "folder that keeps the built sample between runs")
	flag.IntVar(&cfg.iterations, "iterations", 200, "measured calls per list and search figure (after a warm-up)")
	flag.IntVar(&cfg.runs, "runs", 5, "measured window starts of each kind (after one warm-up each)")
	flag.StringVar(&cfg.binary, "binary", "build/bin/shopdesk", "the production build to start (make build)")
	noWindow := flag.Bool("no-window", false, "skip the start-up and memory figures")
	strict := flag.Bool("strict", false, "exit 1 if a measured figure misses its target")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the in-process figures to this file")
	only := flag.String("only", "", "measure only these figures (comma-separated: create_ticket_p95_during_signins, sla_due_list_p95, returns_queue_first_page_p95, orders_import_rate, and the shift's: checklist_today_open_p95, eod_summary_p95, escalations_list_p95)")
	flag.Parse()

	root, err := moduleRoot()
	if err != nil {
		fail(err)
	}
	cfg.root = root
	if !filepath.IsAbs(cfg.binary) {
		cfg.binary = filepath.Join(root, cfg.binary)
	}
	work, err := os.MkdirTemp("", "shopdesk-bench-run")
	if err != nil {
		fail(err)
	}
	// The run's copy of the sample is a gigabyte: remove it however the
	// run ends, including on a failure or Ctrl+C.
	cleanup = func() {
		// Another goroutine may be writing in it as it goes: try again.
		for i := 0; i < 3 && os.RemoveAll(work) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	}
	defer cleanup()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		cleanup()
		os.Exit(130)
	}()

	r := &report{}
	start := time.Now()
	baseline(r)
	data, err := sampleData(r, cfg, work)
	if err != nil {
		fail(err)
	}
	note("load average at start: %s", loadavg())
	if *only != "" {
		for _, name := range strings.Split(*only, ",") {
			fig, ok := figures[strings.TrimSpace(name)]
			if !ok {
				fail(fmt.Errorf("-only %s: not a figure that can run alone", name))
			}
			if err := fig(r, cfg, data); err != nil {
				fail(err)
			}
		}
		r.summary(time.Since(start))
		return
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		pprof.StartCPUProfile(f)
	}
	err = inbox(r, cfg, data)
	pprof.StopCPUProfile()
	if err != nil {
		fail(err)
	}
	if err := mailFigures(r, work); err != nil {
		fail(err)
	}
	if err := signins(r, cfg, data); err != nil {
		fail(err)
	}
	if err := returnsFigures(r, cfg, data); err != nil {
		fail(err)
	}
	if err := shiftFigures(r, cfg, data); err != nil {
		fail(err)
	}
	if err := reviewFigures(r, cfg, data); err != nil {
		fail(err)
	}
	if err := importFigure(r, cfg, work); err != nil {
		fail(err)
	}
	// Last of the in-process figures: it gives the shop business hours.
	if err := slaFigures(r, cfg, data); err != nil {
		fail(err)
	}
	if *noWindow {
		r.skip("baseline_blank_window_dom_ready_median", "ms", "<=", 720, "-no-window given")
		r.skip("startup_ratio", "x", "<=", 1.5, "-no-window given")
		r.skip("rss_over_blank_window", "MB", "<=", 64, "-no-window given")
	} else {
		window(r, cfg, data, work)
	}
	note("load average at end: %s", loadavg())
	r.summary(time.Since(start))
	if *strict && r.missed > 0 {
		os.Exit(1)
	}
}

// figures are those -only can pick.
var figures = map[string]func(*report, config, string) error{
	"create_ticket_p95_during_signins": signins,
	"sla_due_list_p95":                 slaFigures,
	"returns_queue_first_page_p95":     returnsFigures,
	// The three shift figures are measured together.
	"checklist_today_open_p95": shiftFigures,
	"eod_summary_p95":          shiftFigures,
	"escalations_list_p95":     shiftFigures,
	// And the three review figures.
	"review_queue_first_page_p95": reviewFigures,
	"review_save_p50":             reviewFigures,
	"review_trends_52w_p95":       reviewFigures,
	"orders_import_rate": func(r *report, cfg config, data string) error {
		return importFigure(r, cfg, filepath.Dir(data))
	},
}

// moduleRoot is the folder with Shopdesk's go.mod, found from the working
// directory upwards.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && len(b) > 14 && string(b[:14]) == "module shopdes" {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("run shopdesk-bench inside the Shopdesk repository (no go.mod for module shopdesk above %s)", dir)
		}
	}
}

// loadavg is the machine's 1, 5 and 15 minute load: above the number of
// cores, other work competed with the figures.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return fmt.Sprintf("%s %s %s on %d cores", f[0], f[1], f[2], runtime.NumCPU())
}

// cleanup removes what this run made; fail calls it before exiting.
var cleanup = func() {}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "shopdesk-bench:", err)
	cleanup()
	os.Exit(2)
}
