package consumer

// Behaviour harness for "consumer-close-order". It plays Start (one run goroutine on a fake Kafka reader),
// lets offsets 0 and 1 go through, calls Drain while offset 2 is still being handled, and expects: every
// commit accepted (the fake rejects commits after Close, like a closed kafka-go reader), commits in offset
// order with every offset up to each commit already handled, offset 2 committed, Close called after the last
// commit, and Drain returning nil within 2s. It needs Message, Consumer{reader, handle, cancel, wg}, run, Drain.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

type fakeReader struct {
	mu        sync.Mutex
	queue     []Message
	closed    bool
	handled   map[int64]bool
	committed int64 // highest committed offset, -1 if none
	problems  []string
	commits   []string
	busy      bool // a message is being handled
	t         *testing.T
}

func (r *fakeReader) FetchMessage(ctx context.Context) (Message, error) {
	for {
		r.mu.Lock()
		switch {
		case ctx.Err() != nil:
			r.mu.Unlock()
			return Message{}, ctx.Err()
		case r.closed:
			r.mu.Unlock()
			return Message{}, errors.New("kafka: reader closed")
		case len(r.queue) > 0:
			m := r.queue[0]
			r.queue = r.queue[1:]
			r.mu.Unlock()
			return m, nil
		}
		r.mu.Unlock()
		select {
		case <-ctx.Done():
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func (r *fakeReader) CommitMessages(ctx context.Context, msgs ...Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range msgs {
		if r.closed {
			r.problems = append(r.problems, fmt.Sprintf("the commit of offset %d was rejected: the reader was already closed, so the handled message will be redelivered", m.Offset))
			return errors.New("kafka: reader closed")
		}
		for o := int64(0); o <= m.Offset; o++ {
			if !r.handled[o] {
				r.problems = append(r.problems, fmt.Sprintf("offset %d was committed while offset %d was not handled yet: a restart would skip it", m.Offset, o))
			}
		}
		if m.Offset < r.committed {
			r.problems = append(r.problems, fmt.Sprintf("offset %d was committed after offset %d: commits went out of order", m.Offset, r.committed))
		}
		if m.Offset > r.committed {
			r.committed = m.Offset
		}
		r.commits = append(r.commits, fmt.Sprint(m.Offset))
	}
	return nil
}

func (r *fakeReader) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	if r.busy {
		labEvent(r.t, "reader closed while offset 2 is still being handled")
	} else {
		labEvent(r.t, "reader closed; no message in hand")
	}
	return nil
}

func TestDrainCommitsBeforeClose(t *testing.T) {
	r := &fakeReader{queue: []Message{{Offset: 0}, {Offset: 1}, {Offset: 2}}, handled: map[int64]bool{}, committed: -1, t: t}
	slowStarted := make(chan struct{})
	handle := func(m Message) {
		r.mu.Lock()
		r.busy = true
		r.mu.Unlock()
		if m.Offset == 2 {
			close(slowStarted)
			time.Sleep(300 * time.Millisecond)
		}
		r.mu.Lock()
		r.handled[m.Offset] = true
		r.busy = false
		r.mu.Unlock()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &Consumer{reader: r, handle: handle, cancel: cancel}
	c.wg.Add(1)
	go c.run(ctx)

	select {
	case <-slowStarted:
	case <-time.After(2 * time.Second):
		t.Fatalf("offset 2 was never fetched")
	}
	r.mu.Lock()
	labEvent(t, "consumer started; committed so far: %v; offset 2 being handled (takes 0.3s)", r.commits)
	r.mu.Unlock()
	labEvent(t, "Drain called")
	start := time.Now()
	drained := make(chan error, 1)
	go func() { drained <- c.Drain() }()
	var err error
	select {
	case err = <-drained:
	case <-time.After(2 * time.Second):
		labFatal(t, "Drain still blocked 2s after it was called")
	}
	labEvent(t, "Drain returned %s after %.2fs", errText(err), time.Since(start).Seconds())

	r.mu.Lock()
	defer r.mu.Unlock()
	ok := true
	labEvent(t, "offsets committed: %v; highest committed offset: %d", r.commits, r.committed)
	for _, p := range r.problems {
		labFail(t, "%s", p)
		ok = false
	}
	if r.committed != 2 && ok {
		labFail(t, "offset 2 was handled but never committed: it will be redelivered")
		ok = false
	}
	if !r.closed {
		labFail(t, "Drain never closed the reader")
		ok = false
	}
	if err != nil {
		labFail(t, "Drain returned %v", err)
		ok = false
	}
	if ok {
		labOK(t, "drained cleanly: offset 2 finished and was committed, then the reader was closed and Drain returned nil")
	}
}

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}
