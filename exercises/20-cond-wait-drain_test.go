package server

// Behaviour harness for "cond-wait-drain". Scenario 1: a request that ends 50ms into the drain; Drain must
// return nil soon after, and Begin must be refused afterwards. Scenario 2: a request that never calls End;
// Drain, given a 100ms deadline, must return context.DeadlineExceeded within 600ms. Each Drain runs in a
// goroutine so the test itself always ends. It needs NewService, Begin, End and Drain; Drain may be
// Drain(ctx context.Context) error or Drain() error (a Drain without a context cannot honour a deadline).

import (
	"context"
	"errors"
	"testing"
	"time"
)

// startDrain calls s.Drain in a goroutine with a deadline d from now, whichever signature it has.
func startDrain(s interface{}, d time.Duration) (<-chan error, bool) {
	done := make(chan error, 1)
	switch v := s.(type) {
	case interface{ Drain(context.Context) error }:
		ctx, cancel := context.WithTimeout(context.Background(), d)
		go func() {
			defer cancel()
			done <- v.Drain(ctx)
		}()
		return done, true
	case interface{ Drain() error }:
		go func() { done <- v.Drain() }()
		return done, false
	}
	panic("Service has no Drain method")
}

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func TestDrainHonoursDeadline(t *testing.T) {
	ok := true

	// 1: the last request ends during the drain.
	s := NewService()
	if !s.Begin() {
		t.Fatalf("Begin refused on a new service")
	}
	start := time.Now()
	done, _ := startDrain(s, 2*time.Second)
	labEvent(t, "request A in flight; Drain called")
	time.Sleep(50 * time.Millisecond)
	s.End()
	labEvent(t, "request A ended")
	select {
	case err := <-done:
		if err != nil {
			labFail(t, "Drain returned %v although every request had ended", err)
			ok = false
		} else {
			labEvent(t, "Drain returned nil %.2fs after it was called", time.Since(start).Seconds())
		}
	case <-time.After(time.Second):
		labFail(t, "Drain still blocked 1s after the last request ended")
		ok = false
	}
	if s.Begin() {
		labFail(t, "a new request was accepted after the drain")
		ok = false
		s.End()
	}

	// 2: one request never ends; the deadline must win.
	s = NewService()
	s.Begin() // request B: stuck on a downstream call, never calls End
	start = time.Now()
	done, hasCtx := startDrain(s, 100*time.Millisecond)
	if hasCtx {
		labEvent(t, "request B in flight and stuck; Drain called with a 100ms deadline")
	} else {
		labEvent(t, "request B in flight and stuck; Drain() called (it takes no context, so it cannot be given a deadline)")
	}
	select {
	case err := <-done:
		took := time.Since(start).Seconds()
		labEvent(t, "Drain returned %s after %.2fs", errText(err), took)
		if !errors.Is(err, context.DeadlineExceeded) {
			labFail(t, "Drain returned %s with request B still in flight: the caller cannot tell the drain was cut short", errText(err))
			ok = false
		}
	case <-time.After(600 * time.Millisecond):
		if hasCtx {
			labFail(t, "Drain still blocked 500ms after its 100ms deadline: request B never ends, so the wait never ends")
		} else {
			labFail(t, "Drain still blocked after 600ms: request B never ends, and nothing can wake a sync.Cond wait but a Broadcast")
		}
		ok = false
	}
	if ok {
		labOK(t, "drained cleanly: Drain returned nil once the last request ended, and gave up with DeadlineExceeded right at its deadline when a request was stuck")
	}
}
