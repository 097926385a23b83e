package labkit // drainhunt writes this file beside every harness, with the snippet's package name here

// The drainhunt lab kit: the few helpers every exercise harness shares, and the line protocol
// through which a harness tells drainhunt what it did and saw. Each fact is one t.Logf line,
// read back from `go test -json`:
//
//	drainhunt:event +0.300 SIGTERM sent             what the harness did or saw, in seconds since the test began
//	drainhunt:fail  +0.310 the upload was cut off   a drain expectation that did not hold; the test fails
//	drainhunt:ok    +0.730 drained cleanly          the summary of a run in which every expectation held
//
// Only the standard library, and nothing newer than Go 1.19.

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var labStart = time.Now()

func labLine(t testing.TB, kind, format string, args []interface{}) {
	t.Helper()
	text := strings.Join(strings.Fields(fmt.Sprintf(format, args...)), " ")
	t.Logf("drainhunt:%s %+.3f %s", kind, time.Since(labStart).Seconds(), text)
}

// labEvent records a step of the timeline: something the harness did or observed.
func labEvent(t testing.TB, format string, args ...interface{}) {
	t.Helper()
	labLine(t, "event", format, args)
}

// labFail records a drain expectation that did not hold and marks the test failed; the harness goes on.
func labFail(t testing.TB, format string, args ...interface{}) {
	t.Helper()
	labLine(t, "fail", format, args)
	t.Fail()
}

// labFatal is labFail that also stops the test.
func labFatal(t testing.TB, format string, args ...interface{}) {
	t.Helper()
	labLine(t, "fail", format, args)
	t.FailNow()
}

// labOK records the one-line summary of a run in which every expectation held.
func labOK(t testing.TB, format string, args ...interface{}) {
	t.Helper()
	labLine(t, "ok", format, args)
}

// labGo is the go command that runs this test: drainhunt passes it in DRAINHUNT_GO.
func labGo() string {
	if g := os.Getenv("DRAINHUNT_GO"); g != "" {
		return g
	}
	if g := filepath.Join(runtime.GOROOT(), "bin", "go"); fileExists(g) {
		return g
	}
	return "go"
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// labFreePort asks the kernel for a TCP port on loopback that nothing listens on.
func labFreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("no free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// labBuildProgram builds this package's own non-test files (the snippet and its stub) as a program,
// with each key of replace substituted by its value first (":8080" → a free port, say). It returns
// the program's path. Only for snippets that are package main.
func labBuildProgram(t testing.TB, replace map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	copies := []string{"go.mod"}
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			copies = append(copies, f)
		}
	}
	for _, f := range copies {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		if f != "go.mod" {
			for from, to := range replace {
				text = strings.ReplaceAll(text, from, to)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "program")
	cmd := exec.Command(labGo(), "build", "-o", bin, ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the program failed: %v\n%s", err, out)
	}
	return bin
}

// labProcess is a program started by labStartProgram, in a process group of its own.
type labProcess struct {
	cmd    *exec.Cmd
	output *labBuffer
	exited chan struct{}
	state  *os.ProcessState
}

// labStartProgram starts bin with args; the test's cleanup kills whatever is left of it.
func labStartProgram(t testing.TB, bin string, args ...string) *labProcess {
	t.Helper()
	p := &labProcess{cmd: exec.Command(bin, args...), output: &labBuffer{}, exited: make(chan struct{})}
	p.cmd.Stdout = p.output
	p.cmd.Stderr = p.output
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	go func() {
		_ = p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.exited)
	}()
	t.Cleanup(func() {
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.exited
	})
	return p
}

// Signal sends sig to the program.
func (p *labProcess) Signal(sig syscall.Signal) error { return p.cmd.Process.Signal(sig) }

// Wait waits up to d for the program to exit; it reports whether it did and its exit code (-1 if killed by a signal).
func (p *labProcess) Wait(d time.Duration) (exited bool, code int) {
	select {
	case <-p.exited:
		return true, p.state.ExitCode()
	case <-time.After(d):
		return false, 0
	}
}

// Output is what the program has written to stdout and stderr so far.
func (p *labProcess) Output() string { return p.output.String() }

// WaitForOutput waits up to d for the program's output to contain text.
func (p *labProcess) WaitForOutput(text string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if strings.Contains(p.Output(), text) {
			return true
		}
		select {
		case <-p.exited:
			return strings.Contains(p.Output(), text)
		case <-time.After(5 * time.Millisecond):
		}
	}
	return false
}

// labWaitListening waits up to d until something accepts TCP connections at addr.
func labWaitListening(addr string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond); err == nil {
			c.Close()
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

// labGoTool runs `go <args>` in the package's folder (go vet, say) and returns its combined output and error.
func labGoTool(args ...string) (string, error) {
	cmd := exec.Command(labGo(), args...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// labBuffer is an io.Writer that goroutines may write to and read from at once.
type labBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *labBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *labBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
