package ingest

// Lab harness for exercise 15 (drain-ignores-context).
// Starts a Service whose first store call never returns (the database stopped answering), queues
// three events, and calls Drain with a 100ms deadline: Drain must give up and return
// context.DeadlineExceeded within 600ms. Then Submit after Drain, and a second Drain, must not panic.
// Needs: New(workers, store), Service.Submit(Event) (any results), Service.Drain(ctx) error, Event{ID}.

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"
)

func TestDrainHonoursDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := make(chan string, 1)
	var once sync.Once
	store := func(ev Event) error {
		first := false
		once.Do(func() { first = true })
		if first {
			stuck <- ev.ID
			<-release // the INSERT never comes back while the test runs
		}
		return nil
	}
	s := New(2, store)
	for i := 1; i <= 3; i++ {
		s.Submit(Event{ID: fmt.Sprintf("ev-%d", i), Payload: "{}"})
	}
	labEvent(t, "2 workers, 3 events submitted")
	select {
	case id := <-stuck:
		labEvent(t, "store(%s) is stuck: the database is not answering", id)
	case <-time.After(2 * time.Second):
		t.Fatalf("no store call started")
	}

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	returned := make(chan error, 1)
	go func() { returned <- s.Drain(ctx) }()
	labEvent(t, "Drain called with a 100ms deadline")

	select {
	case err := <-returned:
		took := time.Since(start).Seconds()
		labEvent(t, "Drain returned %v after %.2fs", err, took)
		if !errors.Is(err, context.DeadlineExceeded) {
			labFail(t, "Drain returned %v while a store call was still stuck: the caller is told the drain finished when it did not", err)
		}
	case <-time.After(600 * time.Millisecond):
		labFail(t, "Drain still blocked 500ms after its 100ms deadline: it waits for the stuck store call, and would until SIGKILL")
	}

	if p := try(func() []reflect.Value {
		return reflect.ValueOf(s.Submit).Call([]reflect.Value{reflect.ValueOf(Event{ID: "late"})})
	}); p != nil {
		labFail(t, "Submit after Drain panicked: %v", p)
	} else {
		labEvent(t, "Submit after Drain: %s", lastResult)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if p := try(func() []reflect.Value { return []reflect.Value{reflect.ValueOf(s.Drain(ctx2))} }); p != nil {
		labFail(t, "a second Drain panicked: %v", p)
	} else {
		labEvent(t, "second Drain: %s", lastResult)
	}
	if !t.Failed() {
		labOK(t, "Drain gave up at its deadline and said so (context deadline exceeded); late calls were refused without a panic")
	}
}

var lastResult string

// try runs f, describes what it returned in lastResult, and returns what it panicked with, if anything.
func try(f func() []reflect.Value) (p interface{}) {
	defer func() { p = recover() }()
	lastResult = "returned"
	for _, v := range f() {
		if err, ok := v.Interface().(error); ok && err != nil {
			lastResult = "returned " + err.Error()
		} else if v.Kind() == reflect.Interface && v.IsNil() {
			lastResult = "returned nil"
		}
	}
	return nil
}
