package outbox

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/store"
)

// TestHelperProcess is not a test: TestCrashMidBatch runs the test binary
// again with SHOPDESK_OUTBOX_HELPER=1, and then this is a Shopdesk that
// opens the data file and runs the worker until the batch is done.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("SHOPDESK_OUTBOX_HELPER") != "1" {
		t.Skip("run by TestCrashMidBatch")
	}
	port, _ := strconv.Atoi(os.Getenv("SHOPDESK_OUTBOX_PORT"))
	batchID, _ := strconv.ParseUint(os.Getenv("SHOPDESK_OUTBOX_BATCH"), 10, 64)
	db, err := store.Open(os.Getenv("SHOPDESK_OUTBOX_DB"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sender, err := mail.NewSender(mail.Settings{Host: "127.0.0.1", Port: port, Security: mail.SecurityNone, FromAddress: "shop@shopdesk.test"})
	if err != nil {
		t.Fatal(err)
	}
	changed := make(chan struct{}, 1)
	w := NewWorker(db, sender, Options{OnChange: func(Change) {
		select {
		case changed <- struct{}{}:
		default:
		}
	}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ran := make(chan error, 1)
	go func() { ran <- w.Run(ctx) }()
	for {
		var b Batch
		if err := db.View(func(tx *bolt.Tx) (err error) { b, err = GetBatch(tx, batchID); return err }); err != nil {
			t.Fatal(err)
		}
		if b.Waiting == 0 {
			cancel()
			break
		}
		select {
		case <-changed:
		case err := <-ran:
			t.Fatalf("worker stopped: %v", err)
		}
	}
	if err := <-ran; err != nil {
		t.Fatal(err)
	}
}

// TestCrashMidBatch kills Shopdesk (SIGKILL) in the middle of a 200-message
// batch, starts it again, and checks that every message was delivered
// exactly once, or is flagged uncertain: none lost, none sent twice.
func TestCrashMidBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two processes")
	}
	const total, killAt = 200, 100
	srv := mailtest.Start(t)
	path := filepath.Join(t.TempDir(), "shopdesk.db")

	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []Message
	for i := range total {
		msgs = append(msgs, feedback(uint64(i+1)))
	}
	var batch Batch
	err = db.Update(func(tx *bolt.Tx) (err error) { batch, err = CreateBatch(tx, Batch{Name: "crash"}, msgs); return err })
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	var (
		mu      sync.Mutex
		current *exec.Cmd
		killed  bool
	)
	// Kill the process while the server holds message #killAt, before it
	// answers: that message reached the server, but Shopdesk never learns it.
	srv.OnMessage(func(mailtest.Message) {
		mu.Lock()
		defer mu.Unlock()
		if !killed && len(srv.Messages()) == killAt {
			killed = true
			_ = current.Process.Kill()
		}
	})
	run := func() (string, error) {
		var out bytes.Buffer
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmd.Env = append(os.Environ(),
			"SHOPDESK_OUTBOX_HELPER=1",
			"SHOPDESK_OUTBOX_DB="+path,
			"SHOPDESK_OUTBOX_PORT="+strconv.Itoa(srv.Port),
			"SHOPDESK_OUTBOX_BATCH="+strconv.FormatUint(batch.ID, 10))
		cmd.Stdout, cmd.Stderr = &out, &out
		mu.Lock()
		current = cmd
		err := cmd.Start()
		mu.Unlock()
		if err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		return out.String(), err
	}

	out, err := run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || !killed {
		t.Fatalf("first run was not killed mid-batch (err %v):\n%s", err, out)
	}
	if out, err := run(); err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}

	received := map[string]int{}
	for _, m := range srv.Messages() {
		received[m.MessageID()]++
	}
	db, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	counts := map[State]int{}
	known := map[string]bool{}
	err = db.View(func(tx *bolt.Tx) error {
		for _, st := range States {
			list, err := List(tx, st, 0)
			if err != nil {
				return err
			}
			for _, m := range list {
				counts[m.State]++
				known[m.MessageID] = true
				n := received[m.MessageID]
				switch {
				case m.State == StateSent && n != 1:
					t.Errorf("message %d is sent but the server got it %d times", m.ID, n)
				case m.State == StateUncertain && n > 1:
					t.Errorf("uncertain message %d reached the server %d times", m.ID, n)
				case m.State == StateUncertain && (m.AttemptedAt.IsZero() || m.LastError == "" || m.LastHint == ""):
					t.Errorf("uncertain message %d does not tell the owner when and what happened: %+v", m.ID, m)
				case m.State != StateSent && m.State != StateUncertain:
					t.Errorf("message %d ended %s", m.ID, m.State)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, n := range received {
		if !known[id] {
			t.Errorf("the server got %s, which the outbox does not know", id)
		}
		if n > 1 {
			t.Errorf("the server got %s %d times", id, n)
		}
	}
	if counts[StateSent]+counts[StateUncertain] != total || counts[StateUncertain] != 1 {
		t.Fatalf("states after the crash: %v; want %d in all, exactly 1 uncertain (the one the server held)", counts, total)
	}
	t.Logf("after the crash: %d sent, %d uncertain; the server got %d", counts[StateSent], counts[StateUncertain], len(received))
}
