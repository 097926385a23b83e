package main

// Lab harness for exercise 12 (unbounded-shutdown-fatal).
// Plays the orchestrator: one order is accepted, a second request hangs because the message bus
// stopped answering, then SIGTERM, and SIGKILL when the grace period (30 s) runs out. Checks that the
// drain gives up on the hung request within the grace period and that the deferred events.Close
// still runs (the publisher's last batch is sent).
// Time is scaled: the program is built with time.Second = 40ms (and time.Minute = 2.4s), so the
// 30 s grace period lasts 1.2 s here. Needs: the program listens on ":8080" (replaced by a free port)
// and serves POST /orders; the stub's Publisher (DRAINHUNT_BUS_STALL_AT, Close logs "publisher: Close sent").

import (
	"fmt"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

const (
	scaledSecond = 40 * time.Millisecond
	gracePeriod  = 30 * scaledSecond
)

func TestShutdownBoundedAndCleanupRuns(t *testing.T) {
	addr := fmt.Sprintf("127.0.0.1:%d", labFreePort(t))
	bin := labBuildProgram(t, map[string]string{
		`":8080"`:     fmt.Sprintf("%q", addr),
		"time.Second": "(40 * time.Millisecond)",
		"time.Minute": "(2400 * time.Millisecond)",
	})
	t.Setenv("DRAINHUNT_BUS_STALL_AT", "2")
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("the program never listened on %s:\n%s", addr, p.Output())
	}
	client := &http.Client{Timeout: 10 * time.Second}

	resp, err := client.Post("http://"+addr+"/orders", "application/json", strings.NewReader(`{"sku":"A-1"}`))
	if err != nil {
		t.Fatalf("first order: %v", err)
	}
	resp.Body.Close()
	labEvent(t, "order 1: %s (its event waits in the publisher's batch)", resp.Status)

	go func() {
		if resp, err := client.Post("http://"+addr+"/orders", "application/json", strings.NewReader(`{"sku":"B-2"}`)); err == nil {
			resp.Body.Close()
		}
	}()
	if !p.WaitForOutput("Publish of order.created is stuck", 3*time.Second) {
		t.Fatalf("the second order never reached the stalled publisher:\n%s", p.Output())
	}
	labEvent(t, "order 2: request hangs, the message bus is not answering")

	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	sent := time.Now()
	labEvent(t, "SIGTERM sent; grace period 30s (%.1fs here, time is scaled)", gracePeriod.Seconds())

	exited, code := p.Wait(gracePeriod)
	if !exited {
		labFail(t, "still draining when the 30s grace period ran out: Shutdown is waiting for the hung request with no deadline")
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		p.Wait(5 * time.Second)
		labEvent(t, "SIGKILL sent: the process is gone")
	} else {
		labEvent(t, "program exited with code %d, %.0fs (scaled) after SIGTERM",
			code, float64(time.Since(sent))/float64(scaledSecond))
	}

	out := p.Output()
	if line := logLine(out, "context deadline exceeded"); line != "" {
		labEvent(t, "program logged: %s", line)
	}
	if line := logLine(out, "publisher: Close sent"); line != "" {
		labEvent(t, "program logged: %s", line)
		if !strings.Contains(line, "(1 events)") {
			labFail(t, "events.Close ran but did not send the batch holding order 1's event")
		}
	} else {
		labFail(t, "events.Close never ran: the batch holding order 1's event was lost")
	}
	if !t.Failed() {
		labOK(t, "drained within the grace period: Shutdown gave up on the hung request, events.Close sent the last batch, exit %d", code)
	}
}

// logLine returns the first line of out that contains text, without the log package's date and time.
func logLine(out, text string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, text) {
			if len(l) > 20 && l[4] == '/' && l[19] == ' ' {
				l = l[20:]
			}
			return strings.TrimSpace(l)
		}
	}
	return ""
}
