package main

// Harness for exercise 08 (an HTTP server started from main in a goroutine).
//
// It builds the program (snippet + stub, ":8080" replaced by a free port) and runs it as a subprocess.
// The stub's /export handler streams a report for EXPORT_MS = 600 ms. While one export is in flight the
// program gets a real SIGTERM. A correct program finishes the drain before it exits: the export
// completes with its last line, the program logs "drained", and the process exits 0.
// Names it needs: the ":8080" literal, the "drained" log line, and the stub's /export route.

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

type exportResult struct {
	body string
	err  error
	at   time.Time
}

func TestProcessWaitsForDrain(t *testing.T) {
	t.Setenv("EXPORT_MS", "600")
	port := labFreePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	bin := labBuildProgram(t, map[string]string{`":8080"`: fmt.Sprintf("%q", addr)})
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("program never listened on %s; output:\n%s", addr, p.Output())
	}
	labEvent(t, "server listening on %s", addr)

	started := make(chan struct{})
	done := make(chan exportResult, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/export")
		if err != nil {
			close(started)
			done <- exportResult{err: err, at: time.Now()}
			return
		}
		defer resp.Body.Close()
		br := bufio.NewReader(resp.Body)
		first, err := br.ReadString('\n')
		close(started)
		if err != nil {
			done <- exportResult{body: first, err: err, at: time.Now()}
			return
		}
		rest, err := io.ReadAll(br)
		done <- exportResult{body: first + string(rest), err: err, at: time.Now()}
	}()
	select {
	case <-started:
	case <-time.After(3 * time.Second):
		t.Fatalf("the export request never started")
	}
	labEvent(t, "GET /export in flight: first line received, the report needs 0.6 s in all")

	sigAt := time.Now()
	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	labEvent(t, "SIGTERM sent")

	exited, code := p.Wait(3 * time.Second)
	if !exited {
		labFatal(t, "the process was still running 3 s after SIGTERM")
	}
	exitAfter := time.Since(sigAt).Seconds()
	labEvent(t, "process exited %d, %.2fs after SIGTERM", code, exitAfter)

	var r exportResult
	select {
	case r = <-done:
	case <-time.After(2 * time.Second):
		labFatal(t, "the export neither finished nor failed 2 s after the process exited")
	}
	drained := strings.Contains(p.Output(), "drained")

	ok := true
	if r.err != nil || !strings.Contains(r.body, "report: done") {
		ok = false
		labEvent(t, "export ended after %.2fs: %v", r.at.Sub(sigAt).Seconds(), r.err)
		labFail(t, "the in-flight export was cut off: the process exited %.2fs after SIGTERM, in the middle of the drain", exitAfter)
	} else {
		labEvent(t, "export finished with \"report: done\" %.2fs after SIGTERM", r.at.Sub(sigAt).Seconds())
	}
	if drained {
		labEvent(t, "program logged \"drained\"")
	} else {
		ok = false
		labFail(t, "the program never logged \"drained\": main returned before run finished Shutdown")
	}
	if code != 0 {
		ok = false
		labFail(t, "the process exited %d instead of 0; output:\n%s", code, p.Output())
	}
	if ok {
		labOK(t, "drained cleanly: the export finished, run logged \"drained\", then the process exited 0 after %.2fs", exitAfter)
	}
}
