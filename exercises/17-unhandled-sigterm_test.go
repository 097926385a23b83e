package main

// Behaviour harness for "unhandled-sigterm". It builds the program (the ":8080" literal is replaced by a free
// loopback port; the stub's POST /orders takes LAB_ORDER_TIME to finish and then writes an audit event), starts
// an order, sends a real SIGTERM while the order is in flight, and expects a drain: the order is answered 200,
// its audit event reaches stdout (the buffer was flushed) and the process exits 0.
// It needs the ":8080" literal and the stub's routes.

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSigtermDrains(t *testing.T) {
	addr := fmt.Sprintf("127.0.0.1:%d", labFreePort(t))
	bin := labBuildProgram(t, map[string]string{`":8080"`: fmt.Sprintf("%q", addr)})
	t.Setenv("LAB_ORDER_TIME", "500ms")
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("program never listened on %s:\n%s", addr, p.Output())
	}

	type answer struct {
		status int
		body   string
		err    error
	}
	answered := make(chan answer, 1)
	labEvent(t, "program listening; POST /orders?id=1 sent")
	go func() {
		client := &http.Client{Timeout: 5 * time.Second}
		resp, err := client.Post("http://"+addr+"/orders?id=1", "text/plain", nil)
		if err != nil {
			answered <- answer{err: err}
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answered <- answer{status: resp.StatusCode, body: strings.TrimSpace(string(body))}
	}()
	if !p.WaitForOutput("order 1: started", 3*time.Second) {
		t.Fatalf("the order never started:\n%s", p.Output())
	}
	labEvent(t, "order 1 in flight (takes 0.5s)")
	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	sent := time.Now()
	labEvent(t, "SIGTERM sent")

	ok := true
	a := <-answered
	switch {
	case a.err != nil:
		labFail(t, "order 1 was cut off by the SIGTERM: %v", a.err)
		ok = false
	case a.status != http.StatusOK:
		labFail(t, "order 1 got %d instead of 200", a.status)
		ok = false
	default:
		labEvent(t, "order 1 answered %d %q %.2fs after SIGTERM", a.status, a.body, time.Since(sent).Seconds())
	}
	exited, code := p.Wait(3 * time.Second)
	switch {
	case !exited:
		labFatal(t, "the process was still running 3s after SIGTERM")
	case code == -1:
		labFail(t, "the process was killed by the SIGTERM itself: nothing handles the signal, so Drain never ran")
		ok = false
	case code != 0:
		labFail(t, "the process exited %d after SIGTERM", code)
		ok = false
	default:
		labEvent(t, "process exited 0 %.2fs after SIGTERM", time.Since(sent).Seconds())
	}
	if strings.Contains(p.Output(), "audit: order 1 accepted") {
		labEvent(t, "audit event for order 1 flushed to stdout")
	} else {
		labFail(t, "the audit event for order 1 never reached stdout: the buffer was not flushed")
		ok = false
	}
	if ok {
		labOK(t, "drained cleanly: the order in flight at SIGTERM finished with 200, its audit event was flushed, then the process exited 0")
	}
}
