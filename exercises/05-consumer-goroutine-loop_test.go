package ingest

// Harness for exercise 05 (consumer-goroutine-loop).
//
// Starts a Consumer on an incoming channel that stays open (the subscription client owns it), lets one
// event be saved, then has the next Save wait on a slow database and cancels ctx: that Save must be
// interrupted and done must close within 500ms. A second consumer, idle on an open, empty channel, must
// also stop within 500ms of cancel.
//
// Needs: Event (with ID), Store (Save(ctx, Event) error), Consumer with its store field, and
// Start(ctx, incoming) returning a channel closed when the consumer goroutine has returned.

import (
	"context"
	"testing"
	"time"
)

// slowStore saves "slow" events only when released or when the context it was given is cancelled.
type slowStore struct {
	saved   chan string
	started chan struct{}
	result  chan error
	release chan struct{}
}

func (s *slowStore) Save(ctx context.Context, e Event) error {
	if e.ID != "slow" {
		s.saved <- e.ID
		return nil
	}
	close(s.started)
	var err error
	select {
	case <-ctx.Done():
		err = ctx.Err()
	case <-s.release:
	}
	s.result <- err
	return err
}

const stopBound = 500 * time.Millisecond

func TestDrain(t *testing.T) {
	store := &slowStore{saved: make(chan string, 8), started: make(chan struct{}),
		result: make(chan error, 1), release: make(chan struct{})}
	t.Cleanup(func() { close(store.release) })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	incoming := make(chan Event, 4) // never closed: it belongs to the subscription client
	done := (&Consumer{store: store}).Start(ctx, incoming)

	incoming <- Event{ID: "e1"}
	select {
	case id := <-store.saved:
		labEvent(t, "consumer started; event %s saved", id)
	case <-time.After(2 * time.Second):
		t.Fatalf("the consumer did not save the first event")
	}
	incoming <- Event{ID: "slow"}
	<-store.started
	labEvent(t, "next event: Save is waiting on a slow database")

	cancel()
	cancelled := time.Now()
	labEvent(t, "ctx cancelled: shutdown begins")
	ok := true
	select {
	case err := <-store.result:
		labEvent(t, "the slow Save returned %v", err)
	case <-time.After(stopBound):
		ok = false
		labFail(t, "the slow Save was still running %v after cancel: its context can never be cancelled", stopBound)
	}
	select {
	case <-done:
		labEvent(t, "done closed %.2fs after cancel", time.Since(cancelled).Seconds())
	case <-time.After(stopBound):
		ok = false
		labFail(t, "done still open %.2fs after cancel: the consumer goroutine keeps running", time.Since(cancelled).Seconds())
	}

	// An idle consumer: nothing arrives and incoming stays open.
	ctx2, cancel2 := context.WithCancel(context.Background())
	idle := make(chan Event)
	done2 := (&Consumer{store: store}).Start(ctx2, idle)
	time.Sleep(10 * time.Millisecond)
	cancel2()
	select {
	case <-done2:
		labEvent(t, "a second consumer, idle on an open channel, stopped on cancel")
	case <-time.After(stopBound):
		ok = false
		labFail(t, "a second consumer, idle on an open channel, still running %v after cancel: its loop waits only for incoming to close", stopBound)
	}
	if ok {
		labOK(t, "stopped on cancel: the slow Save was interrupted and done closed at once, busy or idle")
	}
}
