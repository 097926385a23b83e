package pool

// Harness for exercise 04 (pool-submit-drain).
//
// Runs a pool with two Run goroutines, submits 3 jobs, calls Drain, then calls Submit once more, as the
// retry timer does when it fires during shutdown: that Submit must return an error, not panic, and the
// queued jobs must all run. Then 8 goroutines keep submitting while Drain runs: no Submit may panic and
// every job that Submit accepted must run. Panics are caught with recover and reported.
//
// Needs: New(depth) *Pool, Job (func(ctx)), Submit(Job) error, Run(ctx), Drain().

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// submit calls p.Submit and turns a panic into a value.
func submit(p *Pool, j Job) (err error, panicked interface{}) {
	defer func() { panicked = recover() }()
	return p.Submit(j), nil
}

// startWorkers runs n Run goroutines and returns a channel closed once all have returned.
func startWorkers(p *Pool, n int) <-chan struct{} {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); p.Run(context.Background()) }()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	return done
}

func TestDrain(t *testing.T) {
	p := New(8)
	stopped := startWorkers(p, 2)
	var ran int32
	job := func(ctx context.Context) { atomic.AddInt32(&ran, 1) }
	for i := 0; i < 3; i++ {
		if err, pv := submit(p, job); err != nil || pv != nil {
			t.Fatalf("Submit before shutdown: err %v, panic %v", err, pv)
		}
	}
	labEvent(t, "3 jobs submitted, 2 workers running")

	p.Drain()
	labEvent(t, "Drain called")

	err, pv := submit(p, job)
	lateOK := false
	switch {
	case pv != nil:
		labFail(t, "Submit after Drain panicked: %v; unrecovered, this crashes the process mid-drain", pv)
	case err == nil:
		labFail(t, "Submit after Drain returned nil: it accepted a job that no worker will run")
	default:
		lateOK = true
		labEvent(t, "the retry timer fires late: Submit after Drain returned %q", err)
	}

	select {
	case <-stopped:
		labEvent(t, "workers returned after running %d of the 3 queued jobs", atomic.LoadInt32(&ran))
	case <-time.After(2 * time.Second):
		labFatal(t, "the workers were still running 2s after Drain")
	}
	if n := atomic.LoadInt32(&ran); n != 3 {
		labFail(t, "%d jobs ran; the 3 submitted before Drain should have", n)
	}

	accepted, ranAll, panics, first := racingSubmits()
	if panics > 0 {
		labFail(t, "8 goroutines submitting while Drain ran: Submit panicked in %d of them (%v)", panics, first)
	} else if ranAll != accepted {
		labFail(t, "8 goroutines submitting while Drain ran: %d jobs accepted but %d ran", accepted, ranAll)
	} else {
		labEvent(t, "8 goroutines submitting while Drain ran: no panic, all %d accepted jobs ran", accepted)
	}
	if lateOK && panics == 0 && ranAll == accepted && atomic.LoadInt32(&ran) == 3 {
		labOK(t, "drained safely: a late Submit is refused with an error instead of a panic, and every accepted job ran")
	}
}

// racingSubmits has 8 goroutines call Submit in a loop, as handlers and timers do, while Drain is called;
// they stop 5ms after Drain returned, or at their first panic. It returns how many jobs Submit accepted,
// how many ran, how many goroutines saw Submit panic, and the first panic.
func racingSubmits() (accepted, ran, panics int32, first string) {
	p := New(64)
	stopped := startWorkers(p, 2)
	var stop int32
	var once sync.Once
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.LoadInt32(&stop) == 0 {
				err, pv := submit(p, func(ctx context.Context) { atomic.AddInt32(&ran, 1) })
				if pv != nil {
					atomic.AddInt32(&panics, 1)
					once.Do(func() { first = fmt.Sprint(pv) })
					return
				}
				if err == nil {
					atomic.AddInt32(&accepted, 1)
				}
			}
		}()
	}
	time.Sleep(2 * time.Millisecond)
	p.Drain()
	time.Sleep(5 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	<-stopped
	return accepted, atomic.LoadInt32(&ran), panics, first
}
