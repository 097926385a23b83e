package main

// Behaviour harness for "shutdown-inside-handler". It builds the program (the ":8080" literal is replaced by a
// free loopback port) and runs it twice as a subprocess:
//  1. POST /admin/shutdown: the caller must get a 2xx answer and the process must exit 0 soon after;
//  2. SIGTERM while a slow client is still sending a GET /healthz: that request must still be answered
//     and the process must exit 0 (a drain), not be killed by the signal.
// It needs only the program's routes /admin/shutdown and /healthz and its ":8080" address literal.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestStopDrains(t *testing.T) {
	port := labFreePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	bin := labBuildProgram(t, map[string]string{`":8080"`: fmt.Sprintf("%q", addr)})
	ok := adminStop(t, bin, addr)
	ok = sigtermDrain(t, bin, addr) && ok
	if ok {
		labOK(t, "drained cleanly: POST /admin/shutdown was answered and the process exited 0; on SIGTERM the slow request was still answered 200, then the process exited 0")
	}
}

func start(t *testing.T, bin, addr string) *labProcess {
	p := labStartProgram(t, bin)
	if !labWaitListening(addr, 5*time.Second) {
		t.Fatalf("program never listened on %s:\n%s", addr, p.Output())
	}
	return p
}

func stopProcess(p *labProcess) {
	_ = p.Signal(syscall.SIGKILL)
	p.Wait(5 * time.Second)
}

// adminStop: the stop endpoint must answer its caller, and the process must then exit on its own.
func adminStop(t *testing.T, bin, addr string) bool {
	p := start(t, bin, addr)
	defer stopProcess(p)
	labEvent(t, "program 1 listening; POST /admin/shutdown sent")
	client := &http.Client{Timeout: time.Second}
	sent := time.Now()
	resp, err := client.Post("http://"+addr+"/admin/shutdown", "text/plain", nil)
	if err != nil {
		exited, _ := p.Wait(300 * time.Millisecond)
		if !exited {
			labFail(t, "POST /admin/shutdown got no answer within 1s and the process is still running: the handler is waiting for Shutdown, which waits for that handler")
		} else {
			labFail(t, "POST /admin/shutdown got no answer: %v", err)
		}
		return false
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	labEvent(t, "POST /admin/shutdown answered %d %q after %.2fs", resp.StatusCode, strings.TrimSpace(string(body)), time.Since(sent).Seconds())
	good := true
	if resp.StatusCode/100 != 2 {
		labFail(t, "the stop request was refused with %d", resp.StatusCode)
		good = false
	}
	exited, code := p.Wait(3 * time.Second)
	switch {
	case !exited:
		labFail(t, "the process was still running 3s after the stop request was answered")
		return false
	case code != 0:
		labFail(t, "the process exited %d after the stop request", code)
		return false
	}
	labEvent(t, "program 1 exited 0 after %.2fs", time.Since(sent).Seconds())
	return good
}

// sigtermDrain: a SIGTERM from the platform must drain the request in flight and exit 0.
func sigtermDrain(t *testing.T, bin, addr string) bool {
	p := start(t, bin, addr)
	defer stopProcess(p)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	// Half of the request: the server has the connection but not the whole request yet.
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: lab\r\n"); err != nil {
		t.Fatalf("write: %v", err)
	}
	time.Sleep(200 * time.Millisecond) // let the server accept the connection
	labEvent(t, "program 2 listening; a slow client has sent half of GET /healthz")
	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	sent := time.Now()
	labEvent(t, "SIGTERM sent")
	time.Sleep(300 * time.Millisecond)
	_, _ = io.WriteString(conn, "\r\n")
	_ = conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	good := true
	if err != nil {
		labFail(t, "the request in flight at SIGTERM was cut off: %v", err)
		good = false
	} else {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		labEvent(t, "slow GET /healthz answered %d %q", resp.StatusCode, strings.TrimSpace(string(body)))
		if resp.StatusCode != http.StatusOK {
			labFail(t, "the request in flight at SIGTERM got %d instead of 200", resp.StatusCode)
			good = false
		}
	}
	exited, code := p.Wait(3 * time.Second)
	switch {
	case !exited:
		labFail(t, "the process was still running 3s after SIGTERM")
		return false
	case code == -1:
		labFail(t, "the process was killed by the SIGTERM itself: nothing handles the signal, so no drain ran")
		return false
	case code != 0:
		labFail(t, "the process exited %d after SIGTERM", code)
		return false
	}
	labEvent(t, "program 2 exited 0 %.2fs after SIGTERM", time.Since(sent).Seconds())
	return good
}
