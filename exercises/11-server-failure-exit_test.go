package main

// Lab harness for exercise 11 (server-failure-exit).
// Checks that when the HTTP server cannot start (its port is already taken), the program still
// takes the drain path before exiting: outbox.Close runs and delivers the messages already queued.
// Needs: the program listens on ":8080" (replaced by a free port) and the stub's Outbox, whose
// Close logs "outbox: delivered N queued messages"; DRAINHUNT_OUTBOX_QUEUED seeds its queue.

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

func TestServerFailureDrainsOutbox(t *testing.T) {
	port := labFreePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	bin := labBuildProgram(t, map[string]string{`":8080"`: fmt.Sprintf("%q", addr)})

	squatter, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("cannot take port %d: %v", port, err)
	}
	defer squatter.Close()
	labEvent(t, "another process already listens on port %d", port)

	t.Setenv("DRAINHUNT_OUTBOX_QUEUED", "3")
	p := labStartProgram(t, bin)
	labEvent(t, "program started with 3 messages queued in its outbox")

	exited, code := p.Wait(3 * time.Second)
	out := p.Output()
	if line := firstLine(out, "address already in use"); line != "" {
		labEvent(t, "program logged: %s", line)
	}
	if !exited {
		labFatal(t, "the server failed to start, yet the program was still running 3s later")
	}
	if line := firstLine(out, "outbox: delivered"); line != "" {
		labEvent(t, "program logged: %s", line)
	}
	labEvent(t, "program exited with code %d", code)

	switch {
	case strings.Contains(out, "outbox: delivered 3 queued messages"):
	case strings.Contains(out, "outbox: delivered"):
		labFail(t, "outbox.Close ran but did not deliver the 3 queued messages")
	default:
		labFail(t, "the program exited without ever calling outbox.Close: its 3 queued messages were never delivered")
	}
	if code == 0 {
		labFail(t, "the server never started, yet the program exited 0, so the failure looks like a clean stop")
	}
	if !t.Failed() {
		labOK(t, "the failed server took the drain path: outbox.Close delivered 3 queued messages, then the program exited %d", code)
	}
}

// firstLine returns the first line of out that contains text, without a log timestamp.
func firstLine(out, text string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, text) {
			if len(l) > 20 && l[4] == '/' && l[19] == ' ' {
				l = l[20:] // drop the log package's date and time
			}
			return strings.TrimSpace(l)
		}
	}
	return ""
}
