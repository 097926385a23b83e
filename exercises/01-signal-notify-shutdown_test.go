package main

// Harness for exercise 01 (signal-notify-shutdown).
//
// Behavioural half: builds the program with ":8080" replaced by a free loopback port, starts a slow
// chunked POST /upload, sends SIGTERM while the upload is in flight, keeps sending the rest of the
// body, and expects the upload to end with 200 and the process to exit 0 afterwards. srv.Close cuts
// the upload off; srv.Shutdown lets it finish.
// Static half: a signal lost on an unbuffered channel cannot be provoked on demand, so the harness
// asserts that `go vet` (sigchanyzer) does not report the channel passed to signal.Notify.
//
// Needs from the snippet: package main, an http.Server on ":8080" with a POST /upload handler that
// reads the whole body, and a stop on SIGTERM. No other names.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

const (
	uploadChunk  = 16 << 10
	uploadChunks = 8
)

func TestDrain(t *testing.T) {
	vetOut := make(chan string, 1) // go vet runs while the program builds
	go func() {
		out, _ := labGoTool("vet", ".")
		vetOut <- out
	}()

	addr := fmt.Sprintf("127.0.0.1:%d", labFreePort(t))
	bin := labBuildProgram(t, map[string]string{`":8080"`: `"` + addr + `"`})
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("the program did not listen on %s: %s", addr, p.Output())
	}
	labEvent(t, "program started, listening on %s", addr)

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	chunk := bytes.Repeat([]byte("x"), uploadChunk)
	writeChunk := func(data []byte) error {
		_, err := fmt.Fprintf(conn, "%x\r\n%s\r\n", len(data), data)
		return err
	}
	head := "POST /upload HTTP/1.1\r\nHost: " + addr + "\r\nTransfer-Encoding: chunked\r\n" +
		"Content-Type: application/octet-stream\r\n\r\n"
	if _, err := io.WriteString(conn, head); err != nil {
		t.Fatalf("write request head: %v", err)
	}
	if err := writeChunk(chunk); err != nil {
		t.Fatalf("write first chunk: %v", err)
	}
	labEvent(t, "upload started: 1 of %d chunks (%d bytes) sent, handler is reading the body", uploadChunks, uploadChunk)
	time.Sleep(200 * time.Millisecond)

	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	sent := time.Now()
	labEvent(t, "SIGTERM sent while the upload is in flight")

	var uploadErr error
	for i := 1; i < uploadChunks && uploadErr == nil; i++ {
		time.Sleep(40 * time.Millisecond)
		uploadErr = writeChunk(chunk)
	}
	if uploadErr == nil {
		_, uploadErr = io.WriteString(conn, "0\r\n\r\n")
	}
	var resp *http.Response
	if uploadErr == nil {
		resp, uploadErr = http.ReadResponse(bufio.NewReader(conn), nil)
	}
	uploadDone := false
	if uploadErr != nil {
		labFail(t, "the upload was cut off after SIGTERM: %v", uploadErr)
	} else {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		text := strings.TrimSpace(string(body))
		if resp.StatusCode != http.StatusOK {
			labFail(t, "the upload failed after SIGTERM: %d %s", resp.StatusCode, text)
		} else {
			uploadDone = true
			labEvent(t, "upload: %d %s", resp.StatusCode, text)
		}
	}

	exited, code := p.Wait(5 * time.Second)
	switch {
	case !exited:
		labFail(t, "the process was still running 5s after SIGTERM")
	case code != 0:
		labEvent(t, "process exited %d after %.2fs", code, time.Since(sent).Seconds())
		labFail(t, "the process exited with status %d instead of 0", code)
	default:
		labEvent(t, "process exited 0, %.2fs after SIGTERM", time.Since(sent).Seconds())
	}
	vetOK := checkVet(t, <-vetOut)
	if vetOK && uploadDone && exited && code == 0 {
		labOK(t, "drained cleanly: the upload finished with 200, then the process exited 0, and go vet accepts the signal channel")
	}
}

// checkVet reports whether sigchanyzer stayed quiet in the output of go vet.
func checkVet(t *testing.T, out string) bool {
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "unbuffered os.Signal channel") {
			msg := line
			if i := strings.Index(line, ": misuse"); i >= 0 {
				msg = line[i+2:]
			}
			labFail(t, "go vet (sigchanyzer): %s; a SIGTERM that arrives while main is not parked on the receive is dropped", msg)
			return false
		}
	}
	labEvent(t, "go vet: sigchanyzer has nothing to report")
	return true
}
