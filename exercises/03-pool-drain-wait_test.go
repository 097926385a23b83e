package pool

// Harness for exercise 03 (pool-drain-wait).
//
// Starts a pool whose queue holds a quick job and a job that never returns (a call with no timeout),
// then calls Drain with a 100ms deadline: Drain must give up and return context.DeadlineExceeded
// within 600ms. A second pool with only quick jobs checks that Drain still lets queued jobs finish.
//
// Needs: New(ctx, workers, depth) *Pool, the Pool's queue field (chan Job, where jobs are put),
// Job with Run(ctx) error, and Drain(ctx) error.

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

type funcJob func(ctx context.Context) error

func (f funcJob) Run(ctx context.Context) error { return f(ctx) }

func TestDrain(t *testing.T) {
	release := make(chan struct{}) // lets the stuck job go when the test ends
	t.Cleanup(func() { close(release) })

	p := New(context.Background(), 2, 4)
	started := make(chan struct{})
	quick := make(chan struct{})
	p.queue <- funcJob(func(ctx context.Context) error {
		close(started)
		<-release // an outbound call with no timeout that never answers
		return nil
	})
	p.queue <- funcJob(func(ctx context.Context) error { close(quick); return nil })
	labEvent(t, "pool with 2 workers: queued a job that never returns and a quick job")
	<-started
	<-quick
	labEvent(t, "the quick job finished; one worker is stuck in the other job")

	const deadline = 100 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	begin := time.Now()
	ret := make(chan error, 1)
	go func() { ret <- p.Drain(ctx) }()
	labEvent(t, "Drain called with a %v deadline", deadline)

	select {
	case err := <-ret:
		took := time.Since(begin).Seconds()
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			labEvent(t, "Drain returned %v after %.2fs", err, took)
		case err == nil:
			labFatal(t, "Drain returned nil after %.2fs while a job was still running", took)
		default:
			labFatal(t, "Drain returned %q after %.2fs, not the context's deadline error", err, took)
		}
	case <-time.After(600 * time.Millisecond):
		labFatal(t, "Drain still blocked %v after its %v deadline: the stuck job holds it", 600*time.Millisecond-deadline, deadline)
	}

	// Without a stuck job, Drain must still wait for the queued jobs.
	q := New(context.Background(), 2, 8)
	var ran int32
	for i := 0; i < 6; i++ {
		q.queue <- funcJob(func(ctx context.Context) error {
			time.Sleep(20 * time.Millisecond)
			atomic.AddInt32(&ran, 1)
			return nil
		})
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel2()
	if err := q.Drain(ctx2); err != nil || atomic.LoadInt32(&ran) != 6 {
		labFatal(t, "a second pool with 6 quick jobs: Drain returned %v after %d of them ran", err, atomic.LoadInt32(&ran))
	}
	labEvent(t, "a second pool with 6 quick jobs: Drain returned nil after all 6 ran")
	labOK(t, "drained within budget: Drain gave up on the stuck job at its deadline and still waits for jobs that finish")
}
