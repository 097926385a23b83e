package main

// Harness for exercise 06 (a long-poll endpoint behind a SIGTERM drain).
//
// It builds the program (main, listening on the literal ":8080", which is replaced by a free port) and
// runs it as a subprocess. A long poll is started, and while its handler is waiting the program gets a
// real SIGTERM. A correct drain tells the waiting handler about the shutdown, so the poll is answered
// (any HTTP status) promptly and the process exits 0 soon after. The drain budget literal
// "20*time.Second" is shortened to 700 ms when present, so a drain that has to sit out the poll shows
// its real ending (Shutdown gives up, the poller is dropped) within a second.
// Names it needs: the route /events/wait and the ":8080" literal; nothing else from the snippet.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"strings"
	"syscall"
	"testing"
	"time"
)

type pollResult struct {
	status int
	body   string
	err    error
	at     time.Time
}

func TestLongPollDrain(t *testing.T) {
	port := labFreePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	bin := labBuildProgram(t, map[string]string{
		`":8080"`:        fmt.Sprintf("%q", addr),
		"20*time.Second": "700*time.Millisecond",
	})
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("program never listened on %s; output:\n%s", addr, p.Output())
	}
	labEvent(t, "server listening on %s", addr)

	wrote := make(chan struct{})
	done := make(chan pollResult, 1)
	go func() {
		req, _ := http.NewRequest("GET", "http://"+addr+"/events/wait", nil)
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
			WroteRequest: func(httptrace.WroteRequestInfo) { close(wrote) },
		}))
		client := &http.Client{Timeout: 10 * time.Second}
		resp, err := client.Do(req)
		if err != nil {
			done <- pollResult{err: err, at: time.Now()}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- pollResult{status: resp.StatusCode, body: string(b), err: err, at: time.Now()}
	}()
	select {
	case <-wrote:
	case r := <-done:
		labFatal(t, "the long poll failed before any shutdown: %v", r.err)
	case <-time.After(3 * time.Second):
		t.Fatalf("could not send the long-poll request")
	}
	time.Sleep(150 * time.Millisecond) // let the handler start waiting
	labEvent(t, "long poll GET /events/wait in flight (its window is 30 s)")

	sigAt := time.Now()
	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	labEvent(t, "SIGTERM sent")

	var r pollResult
	answered := false
	select {
	case r = <-done:
		answered = true
	case <-time.After(2 * time.Second):
	}
	pollOK := false
	switch {
	case !answered:
		labFail(t, "the long poll got no answer in the 2 s after SIGTERM: its handler is still waiting")
	case r.err != nil:
		labEvent(t, "long poll ended after %.2fs: %v", r.at.Sub(sigAt).Seconds(), r.err)
		labFail(t, "the long poll was cut off %.2fs after SIGTERM without an answer (%v): nothing told its handler to stop waiting, so the drain ran out its budget",
			r.at.Sub(sigAt).Seconds(), r.err)
	default:
		labEvent(t, "long poll answered %d %q after %.2fs", r.status, trimBody(r.body), r.at.Sub(sigAt).Seconds())
		if r.at.Sub(sigAt) > 500*time.Millisecond {
			labFail(t, "the long poll was answered only %.2fs after SIGTERM: the drain sat out the wait", r.at.Sub(sigAt).Seconds())
		} else {
			pollOK = true
		}
	}

	exited, code := p.Wait(3 * time.Second)
	if !exited {
		labFatal(t, "the process was still running 5 s after SIGTERM")
	}
	exitAfter := time.Since(sigAt).Seconds()
	if strings.Contains(p.Output(), "context deadline exceeded") {
		labEvent(t, "Shutdown gave up: the program logged \"shutdown: context deadline exceeded\"")
	}
	labEvent(t, "process exited %d, %.2fs after SIGTERM", code, exitAfter)
	if code != 0 {
		labFail(t, "the process exited %d instead of 0; output:\n%s", code, p.Output())
	}
	if pollOK && code == 0 {
		if exitAfter > 1.0 {
			labFail(t, "the process took %.2fs to exit after the poll was answered", exitAfter)
			return
		}
		labOK(t, "drained cleanly: the waiting long poll was answered %d at once, then the process exited 0 after %.2fs", r.status, exitAfter)
	}
}

func trimBody(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}
