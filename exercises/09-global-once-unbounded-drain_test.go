package ingest

// Harness for exercise 09 (a worker server with a Drain that is safe to call twice).
//
// Package-level state such as a global sync.Once lives as long as the process, so each scenario runs
// in a fresh process: the test binary re-executes itself with LAB09_SCENARIO set (see TestMain), and
// the child prints "event:" and "verdict:" lines that the parent turns into the timeline.
//   - second: drain Server A (twice), then a second Server B; B's Drain must close B's queue, let its
//     workers finish the queued jobs and return nil.
//   - stuck: one job never returns; Drain with a 100 ms deadline must give up with
//     context.DeadlineExceeded within 600 ms.
// Names it needs: Job{Key}, NewServer(workers, handle), Server.queue, (*Server).Drain(ctx).

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	if s := os.Getenv("LAB09_SCENARIO"); s != "" {
		switch s {
		case "second":
			scenarioSecondServer()
		case "stuck":
			scenarioStuckJob()
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func childEvent(format string, args ...interface{}) {
	fmt.Printf("event: %s\n", fmt.Sprintf(format, args...))
}

// drainWithin calls Drain(ctx) and waits at most wait for it to return.
func drainWithin(s *Server, ctx context.Context, wait time.Duration) (returned bool, err error, took time.Duration) {
	start := time.Now()
	res := make(chan error, 1)
	go func() { res <- s.Drain(ctx) }()
	select {
	case err = <-res:
		return true, err, time.Since(start)
	case <-time.After(wait):
		return false, nil, time.Since(start)
	}
}

func scenarioSecondServer() {
	handled := make(chan string, 64)
	handle := func(j Job) { handled <- j.Key }

	a := NewServer(2, handle)
	for i := 1; i <= 3; i++ {
		a.queue <- Job{Key: fmt.Sprintf("a%d", i)}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	returned, err, took := drainWithin(a, ctx, 2*time.Second)
	if !returned {
		fmt.Printf("verdict: fail: the first Server's Drain was still blocked after 2 s\n")
		return
	}
	childEvent("Server A (3 jobs queued): Drain returned %v after %.2fs", err, took.Seconds())
	returned, err, _ = drainWithin(a, ctx, 2*time.Second)
	if !returned || err != nil {
		fmt.Printf("verdict: fail: calling Drain a second time on Server A did not return nil (returned=%v, err=%v)\n", returned, err)
		return
	}
	childEvent("Server A: second Drain call returned <nil>")

	b := NewServer(2, handle)
	for i := 1; i <= 3; i++ {
		b.queue <- Job{Key: fmt.Sprintf("b%d", i)}
	}
	childEvent("Server B built in the same process, 3 jobs queued; Drain with a 300 ms deadline")
	ctxB, cancelB := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancelB()
	returned, err, took = drainWithin(b, ctxB, time.Second)
	switch {
	case !returned:
		fmt.Printf("verdict: fail: Server B's Drain was still blocked 1 s after it was called: its queue was never closed, so its workers never stop waiting for jobs (and the 300 ms deadline was ignored)\n")
	case err != nil:
		childEvent("Server B: Drain returned %v after %.2fs", err, took.Seconds())
		fmt.Printf("verdict: fail: Server B's Drain gave up with %v: its queue was never closed, so its workers never finished\n", err)
	default:
		childEvent("Server B: Drain returned <nil> after %.2fs", took.Seconds())
		fmt.Printf("verdict: ok\n")
	}
}

func scenarioStuckJob() {
	started := make(chan struct{})
	never := make(chan struct{})
	s := NewServer(1, func(j Job) {
		close(started)
		<-never // a job that never returns
	})
	s.queue <- Job{Key: "stuck"}
	<-started
	childEvent("a job that never returns is running; Drain called with a 100 ms deadline")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	returned, err, took := drainWithin(s, ctx, 600*time.Millisecond)
	switch {
	case !returned:
		fmt.Printf("verdict: fail: Drain was still blocked 500 ms after its 100 ms deadline: it waits for the stuck job with no bound\n")
	case !errors.Is(err, context.DeadlineExceeded):
		fmt.Printf("verdict: fail: Drain returned %v after %.2fs instead of context.DeadlineExceeded\n", err, took.Seconds())
	default:
		childEvent("Drain returned %v after %.2fs", err, took.Seconds())
		fmt.Printf("verdict: ok\n")
	}
}

// runScenario runs one scenario in a fresh copy of the test binary and relays its lines.
func runScenario(t *testing.T, name string) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LAB09_SCENARIO="+name)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatalf("pipe: %v", err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start child: %v", err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timeout := time.After(5 * time.Second)
	verdict := ""
	for verdict == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				verdict = "fail: the fresh process ended without a verdict"
				break
			}
			switch {
			case strings.HasPrefix(l, "event: "):
				labEvent(t, "[%s] %s", name, strings.TrimPrefix(l, "event: "))
			case strings.HasPrefix(l, "verdict: "):
				verdict = strings.TrimPrefix(l, "verdict: ")
			}
		case <-timeout:
			verdict = "fail: the fresh process gave no verdict within 5 s"
		}
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if verdict != "ok" {
		labFail(t, "%s", strings.TrimPrefix(verdict, "fail: "))
		return false
	}
	return true
}

func TestDrainPerServerAndBounded(t *testing.T) {
	labEvent(t, "scenario 1, fresh process: two Servers, each drained")
	second := runScenario(t, "second")
	labEvent(t, "scenario 2, fresh process: a job that never returns")
	stuck := runScenario(t, "stuck")
	if second && stuck {
		labOK(t, "drained cleanly: each Server closed its own queue and returned nil, and a stuck job made Drain give up at its deadline")
	}
}
