package consumer

// Lab harness for exercise 14 (kafka-commit-before-process).
// Runs the Consumer against a fake Kafka partition (offsets 0-4, one every 20ms, each handled in
// 30ms), cancels ctx mid-stream as SIGTERM would, and checks at every commit that each offset up to
// the committed one was handled successfully: a committed offset is never delivered again.
// Needs: Message{Partition, Offset}, the Reader interface, Consumer{reader, handle} and Consumer.Run.

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

type fakePartition struct {
	t        *testing.T
	start    time.Time
	msgs     int
	every    time.Duration
	mu       sync.Mutex
	next     int
	handled  map[int64]bool // handler returned nil
	running  map[int64]bool // handler started, not returned yet
	failed   map[int64]error
	commitTo int64 // highest committed offset, -1 if none
	early    int   // commits made before everything up to them was handled
}

func (f *fakePartition) FetchMessage(ctx context.Context) (Message, error) {
	f.mu.Lock()
	n := f.next
	f.mu.Unlock()
	if n >= f.msgs {
		<-ctx.Done()
		return Message{}, ctx.Err()
	}
	select {
	case <-time.After(time.Until(f.start.Add(time.Duration(n) * f.every))):
	case <-ctx.Done():
		return Message{}, ctx.Err()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	return Message{Partition: 0, Offset: int64(n), Value: []byte(fmt.Sprintf("order %d", n))}, nil
}

func (f *fakePartition) CommitMessages(ctx context.Context, msgs ...Message) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, m := range msgs {
		for off := int64(0); off <= m.Offset; off++ {
			if !f.handled[off] {
				f.early++
				if f.early == 1 {
					labFail(f.t, "offset %d was committed while the handler of offset %d %s: Kafka will never deliver that message again",
						m.Offset, off, f.stateLocked(off))
				}
				break
			}
		}
		if m.Offset > f.commitTo {
			f.commitTo = m.Offset
		}
	}
	return nil
}

func (f *fakePartition) stateLocked(off int64) string {
	switch {
	case f.running[off]:
		return "was still being handled"
	case f.failed[off] != nil:
		return "had failed"
	default:
		return "had not even started"
	}
}

// handle takes 30ms; when ctx is cancelled first it rolls back (10ms) and returns ctx's error.
func (f *fakePartition) handle(ctx context.Context, m Message) error {
	f.mu.Lock()
	f.running[m.Offset] = true
	f.mu.Unlock()
	var err error
	select {
	case <-time.After(30 * time.Millisecond):
	case <-ctx.Done():
		time.Sleep(10 * time.Millisecond) // roll back what it had started
		err = ctx.Err()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.running, m.Offset)
	if err != nil {
		f.failed[m.Offset] = err
	} else {
		f.handled[m.Offset] = true
	}
	return err
}

func offsets(set map[int64]bool) string {
	var s []string
	for off := range set {
		s = append(s, fmt.Sprint(off))
	}
	sort.Strings(s)
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

func TestCommitOnlyAfterProcessing(t *testing.T) {
	f := &fakePartition{t: t, start: time.Now(), msgs: 5, every: 20 * time.Millisecond,
		handled: map[int64]bool{}, running: map[int64]bool{}, failed: map[int64]error{}, commitTo: -1}
	c := &Consumer{reader: f, handle: f.handle}
	labEvent(t, "partition 0 offers offsets 0-4, one every 20ms; handling one takes 30ms")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- c.Run(ctx) }()

	time.Sleep(75 * time.Millisecond)
	f.mu.Lock()
	inHand := offsets(f.running)
	f.mu.Unlock()
	cancel()
	sigterm := time.Now()
	labEvent(t, "SIGTERM: ctx cancelled while offset %s was being handled", inHand)

	select {
	case err := <-runErr:
		f.mu.Lock()
		still := len(f.running)
		f.mu.Unlock()
		labEvent(t, "Run returned (%v) after %.2fs, with %d handler(s) still running", err, time.Since(sigterm).Seconds(), still)
	case <-time.After(2 * time.Second):
		labFatal(t, "Run was still running 2s after ctx was cancelled")
	}
	// Let any handler still running finish, as it would until main exits.
	deadline := time.Now().Add(time.Second)
	for {
		f.mu.Lock()
		n := len(f.running)
		f.mu.Unlock()
		if n == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	labEvent(t, "handled successfully: offsets %s; committed up to offset %d", offsets(f.handled), f.commitTo)
	var lost []string
	for off := int64(0); off <= f.commitTo; off++ {
		if !f.handled[off] {
			why := "never handled"
			if err := f.failed[off]; err != nil {
				why = "its handler failed: " + err.Error()
			}
			lost = append(lost, fmt.Sprintf("offset %d (%s)", off, why))
		}
	}
	if len(lost) > 0 {
		labFail(t, "committed but not processed, so lost for good: %s", strings.Join(lost, "; "))
	}
	if !t.Failed() {
		labOK(t, "no message lost: every commit came after its handler succeeded; offsets from %d on stay uncommitted and are delivered again after the restart", f.commitTo+1)
	}
}
