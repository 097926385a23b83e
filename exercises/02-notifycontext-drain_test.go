package main

// Harness for exercise 02 (notifycontext-drain).
//
// Builds the program with ":8080" replaced by a free loopback port and the stub's buildReport taking
// 600ms (REPORT_DELAY), starts GET /reports, sends SIGTERM once the report is being built, and expects
// the request to finish with 200 before the process exits 0: the drain must give Shutdown real time.
//
// Needs: package main, an http.Server on ":8080" whose /reports handler calls buildReport (declared in
// the stub), and a graceful stop on SIGTERM. No other names.

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

const reportDelay = 600 * time.Millisecond

func TestDrain(t *testing.T) {
	t.Setenv("REPORT_DELAY", reportDelay.String())
	addr := fmt.Sprintf("127.0.0.1:%d", labFreePort(t))
	bin := labBuildProgram(t, map[string]string{`":8080"`: `"` + addr + `"`})
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("the program did not listen on %s: %s", addr, p.Output())
	}
	labEvent(t, "program started, listening on %s", addr)

	type result struct {
		status int
		body   string
		err    error
		at     time.Time
	}
	done := make(chan result, 1)
	go func() {
		client := &http.Client{Timeout: 5 * time.Second}
		resp, err := client.Get("http://" + addr + "/reports?month=2024-05")
		if err != nil {
			done <- result{err: err, at: time.Now()}
			return
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- result{status: resp.StatusCode, body: strings.TrimSpace(string(body)), err: err, at: time.Now()}
	}()
	if !p.WaitForOutput("building report", 3*time.Second) {
		t.Fatalf("the /reports request never reached buildReport: %s", p.Output())
	}
	labEvent(t, "GET /reports in flight: buildReport takes %v", reportDelay)

	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	sent := time.Now()
	labEvent(t, "SIGTERM sent")

	r := <-done
	reportOK := false
	switch {
	case r.err != nil:
		labFail(t, "the in-flight report was cut off %.2fs after SIGTERM: %v", r.at.Sub(sent).Seconds(), r.err)
	case r.status != http.StatusOK:
		labFail(t, "the in-flight report failed after SIGTERM: %d %s", r.status, r.body)
	default:
		reportOK = true
		labEvent(t, "report: %d %s, %.2fs after SIGTERM", r.status, r.body, r.at.Sub(sent).Seconds())
	}

	exited, code := p.Wait(5 * time.Second)
	if exited {
		for _, line := range strings.Split(p.Output(), "\n") {
			if i := strings.Index(line, "drain: "); i >= 0 {
				labEvent(t, "program logged %q", line[i:])
			}
		}
	}
	switch {
	case !exited:
		labFail(t, "the process was still running 5s after SIGTERM")
	case code != 0:
		labFail(t, "the process exited with status %d, %.2fs after SIGTERM", code, time.Since(sent).Seconds())
	default:
		labEvent(t, "process exited 0, %.2fs after SIGTERM", time.Since(sent).Seconds())
	}
	if reportOK && exited && code == 0 {
		labOK(t, "drained cleanly: the report in flight finished with 200, then the process exited 0")
	}
}
