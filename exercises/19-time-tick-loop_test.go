package flags

// Behaviour harness for "time-tick-loop". It starts Watch with a 20ms interval on a fake Source that counts
// Load calls, checks that reloads happen, cancels ctx and counts the Load calls made from 50ms to 350ms after
// the cancel: Watch promises to stop, so there must be none. The other half of the bug, a time.Tick ticker
// that is never freed before Go 1.23, cannot be seen reliably at run time; the harness asks staticcheck
// (SA1015) when /usr/bin/go-staticcheck (or go-staticcheck/staticcheck on PATH) can analyse the package and
// otherwise logs that the static check was skipped and decides on behaviour alone.
// It needs Flags{src}, Source, Watch and Enabled.

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

type countingSource struct {
	mu    sync.Mutex
	loads []time.Time
}

func (s *countingSource) Load(ctx context.Context) (map[string]bool, error) {
	s.mu.Lock()
	s.loads = append(s.loads, time.Now())
	s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return map[string]bool{"beta": true}, nil
}

func (s *countingSource) since(t0 time.Time) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.loads {
		if l.After(t0) {
			n++
		}
	}
	return n
}

func TestWatchStopsOnCancel(t *testing.T) {
	src := &countingSource{}
	f := &Flags{src: src}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started := time.Now()
	f.Watch(ctx, 20*time.Millisecond)
	labEvent(t, "Watch started, reloading every 20ms")

	deadline := time.Now().Add(2 * time.Second)
	for src.since(started) < 3 || !f.Enabled("beta") {
		if time.Now().After(deadline) {
			labFatal(t, "Watch never reloaded the flags: %d Load calls in 2s", src.since(started))
		}
		time.Sleep(5 * time.Millisecond)
	}
	labEvent(t, "%d reloads so far; flag beta is on", src.since(started))

	cancel()
	cancelled := time.Now()
	labEvent(t, "ctx cancelled (the drain)")
	time.Sleep(350 * time.Millisecond)
	after := src.since(cancelled.Add(50 * time.Millisecond))
	ok := true
	if after > 0 {
		labFail(t, "Watch kept reloading after ctx was cancelled: %d Load calls with a dead context between 0.05s and 0.35s after the cancel", after)
		ok = false
	} else {
		labEvent(t, "no Load call between 0.05s and 0.35s after the cancel: the loop stopped")
	}

	if !staticTickCheck(t) {
		ok = false
	}
	if ok {
		labOK(t, "drained cleanly: reloads stopped as soon as ctx was cancelled")
	}
}

// staticTickCheck runs staticcheck's SA1015 on this package; it reports false only for a finding.
func staticTickCheck(t *testing.T) bool {
	tool := ""
	for _, c := range []string{"/usr/bin/go-staticcheck", "go-staticcheck", "staticcheck"} {
		if p, err := exec.LookPath(c); err == nil {
			tool = p
			break
		}
	}
	if tool == "" {
		labEvent(t, "static check skipped: staticcheck is not installed, so the time.Tick half (SA1015) was not checked")
		return true
	}
	cmd := exec.Command(tool, "-checks", "SA1015", "-tests=false", ".")
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(labGo())+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	text := strings.TrimSpace(string(out))
	switch {
	case strings.Contains(text, "(SA1015)"):
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "(SA1015)") {
				at := strings.SplitN(filepath.Base(line), ": ", 2)[0]
				labFail(t, "staticcheck SA1015 at %s: time.Tick's ticker can never be stopped, and under go < 1.23 an unstopped ticker is never freed", at)
			}
		}
		return false
	case err == nil:
		labEvent(t, "staticcheck SA1015: no time.Tick leak reported")
		return true
	default:
		first := strings.SplitN(text, "\n", 2)[0]
		if len(first) > 120 {
			first = first[:120] + "..."
		}
		labEvent(t, "static check skipped: staticcheck could not analyse the package with %s (%s); deciding on behaviour alone", runtime.Version(), first)
		return true
	}
}
