package stats

// Harness for exercise 10 (a background aggregator for counters).
//
// It runs the aggregator the way a service would and checks, in order:
//   - idle: with no events, the started loop uses next to no CPU (process CPU time, from getrusage, over
//     a 300 ms idle window);
//   - events added while running are folded into the totals;
//   - after ctx is cancelled the loop's goroutine returns, and Add still returns (300 events, more than
//     the 256-slot buffer) instead of blocking;
//   - after Close the goroutine returns with every event added before Close folded in, and Add after
//     Close neither panics nor blocks.
// Names it needs: Event{Key, N}, New(), (*Aggregator).Start(ctx), Add(Event), Close(), Total(key).

import (
	"context"
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// goroutinesBackTo waits up to d for the number of goroutines to fall to base.
func goroutinesBackTo(base int, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if runtime.NumGoroutine() <= base {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return runtime.NumGoroutine() <= base
}

// addAll calls Add n times in a goroutine and reports how many calls returned within d, and any panic.
func addAll(a *Aggregator, key string, n int, d time.Duration) (returned int, panicked interface{}) {
	progress := make(chan int, n+1)
	fin := make(chan interface{}, 1)
	go func() {
		defer func() { fin <- recover() }()
		for i := 0; i < n; i++ {
			a.Add(Event{Key: key, N: 1})
			progress <- i + 1
		}
	}()
	timeout := time.After(d)
	for {
		select {
		case returned = <-progress:
		case p := <-fin:
			for len(progress) > 0 {
				returned = <-progress
			}
			return returned, p
		case <-timeout:
			for len(progress) > 0 {
				returned = <-progress
			}
			return returned, nil
		}
	}
}

func TestAggregatorIdlesAndStops(t *testing.T) {
	ok := true

	// Running and idle.
	a := New()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base := runtime.NumGoroutine()
	a.Start(ctx)
	time.Sleep(20 * time.Millisecond)
	c0, w0 := cpuTime(t), time.Now()
	time.Sleep(300 * time.Millisecond)
	share := float64(cpuTime(t)-c0) / float64(time.Since(w0))
	labEvent(t, "aggregator started; idle for 300 ms: the process used %.0f%% of a CPU", share*100)
	if share > 0.10 {
		ok = false
		labFail(t, "the idle aggregator kept a CPU busy (%.0f%% over 300 ms with no events): its loop spins instead of blocking", share*100)
	}

	if n, p := addAll(a, "hits", 100, time.Second); n != 100 || p != nil {
		labFatal(t, "adding 100 events to the running aggregator failed: %d returned, panic %v", n, p)
	}
	deadline := time.Now().Add(time.Second)
	for a.Total("hits") < 100 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	labEvent(t, "100 events added while running: Total(\"hits\") = %d", a.Total("hits"))
	if a.Total("hits") != 100 {
		ok = false
		labFail(t, "only %d of 100 events were folded into the totals", a.Total("hits"))
	}

	// Stop by ctx.
	cancel()
	if goroutinesBackTo(base, 500*time.Millisecond) {
		labEvent(t, "ctx cancelled: the aggregator goroutine returned")
	} else {
		ok = false
		labFail(t, "the aggregator goroutine was still running 500 ms after its ctx was cancelled: the loop has no way out")
	}
	n, p := addAll(a, "late", 300, time.Second)
	switch {
	case p != nil:
		ok = false
		labFail(t, "Add after cancel panicked: %v", p)
	case n < 300:
		ok = false
		labFail(t, "Add blocked after the stop: call %d of 300 never returned, once the 256-slot buffer was full", n+1)
	default:
		labEvent(t, "300 Adds after cancel all returned")
	}

	// Stop by Close.
	b := New()
	ctxB, cancelB := context.WithCancel(context.Background())
	defer cancelB()
	base = runtime.NumGoroutine()
	b.Start(ctxB)
	if n, p := addAll(b, "k", 50, time.Second); n != 50 || p != nil {
		labFatal(t, "adding 50 events to a second aggregator failed: %d returned, panic %v", n, p)
	}
	b.Close()
	if goroutinesBackTo(base, 500*time.Millisecond) {
		labEvent(t, "Close after 50 events: the goroutine returned with Total(\"k\") = %d", b.Total("k"))
		if b.Total("k") != 50 {
			ok = false
			labFail(t, "events added before Close were lost: Total(\"k\") = %d, want 50", b.Total("k"))
		}
	} else {
		ok = false
		labFail(t, "the aggregator goroutine was still running 500 ms after Close: it keeps receiving zero values from the closed channel")
	}
	n, p = addAll(b, "after-close", 1, 500*time.Millisecond)
	switch {
	case p != nil:
		ok = false
		labFail(t, "Add after Close panicked: %v", p)
	case n < 1:
		ok = false
		labFail(t, "Add after Close blocked")
	default:
		labEvent(t, "Add after Close returned without a panic")
	}

	if ok {
		labOK(t, "drained cleanly: idle at %s CPU, stopped on cancel and on Close with every event folded, and Add never blocked or panicked after a stop",
			fmt.Sprintf("%.0f%%", share*100))
	}
}
