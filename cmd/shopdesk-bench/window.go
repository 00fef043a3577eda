package main

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Start-up and memory: the production build against a blank Wails window,
// each started under its own xvfb-run, alternately, so both see the same
// machine. The time runs from the exec of the binary (a shell stamps the
// clock and then execs it, keeping its process ID) to the moment this
// process reads the binary's "ready" line: for Shopdesk, the inbox's first
// page on screen (the window calls Diagnostics.InboxShown); for the blank
// window, DOM-ready. Memory is the binary's own VmRSS (not WebKit's helper
// processes) a moment after it is ready.

const (
	readyTimeout = 40 * time.Second
	settle       = 2 * time.Second
)

var (
	inboxShown = regexp.MustCompile(`inbox shown ([0-9.]+) ms`)
	domReady   = regexp.MustCompile(`dom ready ([0-9.]+) ms`)
	execStamp  = regexp.MustCompile(`^bench-exec ([0-9]+) ([0-9]+)$`)
)

type start struct {
	ms    float64 // exec → ready line read here
	ownMs float64 // what the binary says, from its own Go start
	rssMB float64
}

func window(r *report, cfg config, data, work string) {
	skipAll := func(why string) {
		r.skip("baseline_blank_window_dom_ready_median", "ms", "<=", 720, why)
		r.skip("startup_ratio", "x", "<=", 1.5, why)
		r.skip("rss_over_blank_window", "MB", "<=", 64, why)
	}
	if _, err := exec.LookPath("xvfb-run"); err != nil {
		skipAll("no xvfb-run: install xvfb and xauth")
		return
	}
	if _, err := os.Stat(cfg.binary); err != nil {
		skipAll("no production build at " + rel(cfg.root, cfg.binary) + ": run make build first")
		return
	}
	blank := filepath.Join(work, "blankwindow")
	build := exec.Command("go", "build", "-tags", "desktop,production,webkit2_41", "-ldflags", "-w -s", "-o", blank, "./bench/blankwindow")
	build.Dir, build.Env = cfg.root, append(os.Environ(), "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		skipAll("the blank window does not build: " + firstLine(string(out)))
		return
	}
	// One home for every run: WebKit's caches and Shopdesk's settings stay
	// out of the user's own, and warm after the first start of each.
	home := filepath.Join(work, "home")
	env := childEnv(home)
	// A start that fails is tried once more before the figures are given
	// up: on a shared machine an Xvfb can go away under a window.
	twice := func(bin string, args []string, ready *regexp.Regexp) (start, error) {
		s, err := launch(bin, args, env, ready)
		if err != nil {
			note("retrying %s: %v", filepath.Base(bin), err)
			s, err = launch(bin, args, env, ready)
		}
		return s, err
	}
	app := func() (start, error) { return twice(cfg.binary, []string{"--data", data}, inboxShown) }
	blankRun := func() (start, error) { return twice(blank, []string{"-stay"}, domReady) }

	if _, err := blankRun(); err != nil {
		skipAll("the blank window does not start: " + err.Error())
		return
	}
	if _, err := app(); err != nil {
		skipAll("Shopdesk does not report its inbox: " + err.Error())
		return
	}
	var appMs, appOwn, appRSS, blankMs, blankOwn, blankRSS []float64
	for i := 0; i < cfg.runs; i++ {
		b, err := blankRun()
		if err != nil {
			skipAll("the blank window failed on run " + strconv.Itoa(i+1) + ": " + err.Error())
			return
		}
		a, err := app()
		if err != nil {
			skipAll("Shopdesk failed on run " + strconv.Itoa(i+1) + ": " + err.Error())
			return
		}
		blankMs, blankOwn, blankRSS = append(blankMs, b.ms), append(blankOwn, b.ownMs), append(blankRSS, b.rssMB)
		appMs, appOwn, appRSS = append(appMs, a.ms), append(appOwn, a.ownMs), append(appRSS, a.rssMB)
	}
	mb, ma := median(blankMs), median(appMs)
	r.add("baseline_blank_window_dom_ready_median", mb, "ms", "<=", 720)
	r.add("startup_inbox_shown_median", ma, "ms", "<=", 1.5*mb)
	r.add("startup_ratio", ma/mb, "x", "<=", 1.5)
	note("from exec, ms: shopdesk %s; blank %s", list(appMs), list(blankMs))
	note("from their own Go start, median ms: shopdesk %s, blank %s", format(median(appOwn)), format(median(blankOwn)))
	r.add("rss_over_blank_window", median(appRSS)-median(blankRSS), "MB", "<=", 64)
	note("VmRSS, MB: shopdesk %s; blank %s", list(appRSS), list(blankRSS))
}

// launch starts bin under xvfb-run, waits for its ready line, reads its
// memory, and stops it.
func launch(bin string, args, env []string, ready *regexp.Regexp) (start, error) {
	script := `echo "bench-exec $$ $(date +%s%N)"; exec "$0" "$@"`
	// xvfb-run -a looks for a free display from 99 up; starting elsewhere
	// keeps clear of other Xvfb sessions on a shared machine, which can
	// otherwise race for the same number.
	display := strconv.Itoa(100 + rand.IntN(30000))
	cmd := exec.Command("xvfb-run", append([]string{"-a", "-n", display, "sh", "-c", script, bin}, args...)...)
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return start{}, err
	}
	if err := cmd.Start(); err != nil {
		return start{}, err
	}
	defer func() {
		// xvfb-run stops its Xvfb once the binary is gone; make sure of
		// both if it does not.
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
	}()

	type line struct {
		text string
		at   time.Time
	}
	lines := make(chan line, 16)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- line{sc.Text(), time.Now()}
		}
		close(lines)
	}()
	var pid int
	var t0 time.Time
	timeout := time.After(readyTimeout)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				return start{}, fmt.Errorf("it exited before it was ready%s", stderrTail(stderr.String()))
			}
			if m := execStamp.FindStringSubmatch(l.text); m != nil {
				pid, _ = strconv.Atoi(m[1])
				ns, _ := strconv.ParseInt(m[2], 10, 64)
				t0 = time.Unix(0, ns)
				continue
			}
			m := ready.FindStringSubmatch(l.text)
			if m == nil || pid == 0 {
				continue
			}
			s := start{ms: ms(l.at.Sub(t0))}
			s.ownMs, _ = strconv.ParseFloat(m[1], 64)
			time.Sleep(settle)
			s.rssMB, err = vmRSS(pid)
			syscall.Kill(pid, syscall.SIGTERM)
			go func() {
				for range lines {
				}
			}()
			return s, err
		case <-timeout:
			if pid != 0 {
				syscall.Kill(pid, syscall.SIGKILL)
			}
			syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			go func() {
				for range lines {
				}
			}()
			return start{}, fmt.Errorf("no ready line within %s%s", readyTimeout, stderrTail(stderr.String()))
		}
	}
}

// vmRSS is a process's resident memory in MB, from /proc/PID/status.
func vmRSS(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			return kb / 1024, err
		}
	}
	return 0, errors.New("no VmRSS in /proc status")
}

// childEnv is this environment with its own home and data folders, and no
// data file chosen by the environment.
func childEnv(home string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "SHOPDESK_DATA", "DISPLAY":
			continue
		}
		env = append(env, kv)
	}
	for _, d := range []string{"data", "config", "cache"} {
		os.MkdirAll(filepath.Join(home, d), 0o700)
	}
	return append(env, "HOME="+home, "XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"))
}

func stderrTail(s string) string {
	var keep []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l != "" && !strings.Contains(l, "JSC_SIGNAL_FOR_GC") {
			keep = append(keep, l)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	return "; it said: " + strings.Join(keep[max(0, len(keep)-3):], " | ")
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

func rel(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}
