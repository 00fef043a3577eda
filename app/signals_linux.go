//go:build linux && cgo

package app

/*
#include <signal.h>

// WebKitGTK installs its own handlers for these signals without
// SA_ONSTACK. Go then cannot turn a fault in a goroutine (a nil pointer in
// a bound call) into a panic that recover sees: the whole app dies. Adding
// the flag back keeps Go's runtime in charge (wails issue #3965).
static void shopdesk_fix_signal(int sig) {
	struct sigaction sa;
	if (sigaction(sig, NULL, &sa) != 0) return;
	if (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN) return;
	sa.sa_flags |= SA_ONSTACK;
	sigaction(sig, &sa, NULL);
}

static void shopdesk_fix_signals(void) {
	shopdesk_fix_signal(SIGSEGV);
	shopdesk_fix_signal(SIGBUS);
	shopdesk_fix_signal(SIGFPE);
	shopdesk_fix_signal(SIGPIPE);
	shopdesk_fix_signal(SIGCHLD);
	shopdesk_fix_signal(SIGHUP);
	shopdesk_fix_signal(SIGINT);
	shopdesk_fix_signal(SIGQUIT);
	shopdesk_fix_signal(SIGABRT);
	shopdesk_fix_signal(SIGTERM);
}
*/
import "C"

func hardenSignals() { C.shopdesk_fix_signals() }
