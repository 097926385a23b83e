package spool

// Lab harness for exercise 13 (drain-loop-capture).
// Fills a Spool with 8 pending records, calls Drain, and checks that the sink received every record
// exactly once. The goroutines run on one CPU (GOMAXPROCS 1), so they start only once the loop has
// handed them all out, as they usually do: which value each one reads is then not left to luck.
// Needs: Spool{pending, sink}, Record{Key, Body}, Sink.Put and Spool.Drain(ctx).

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

type recordingSink struct {
	mu   sync.Mutex
	puts map[string]int
}

func (k *recordingSink) Put(ctx context.Context, r Record) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.puts[r.Key]++
	return nil
}

func TestDrainStoresEveryRecordOnce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))

	const n = 8
	sink := &recordingSink{puts: map[string]int{}}
	s := &Spool{sink: sink}
	var keys []string
	for i := 1; i <= n; i++ {
		key := fmt.Sprintf("r%d", i)
		keys = append(keys, key)
		s.pending = append(s.pending, Record{Key: key, Body: []byte("payload of " + key)})
	}
	labEvent(t, "spool holds %d pending records: %s … %s", n, keys[0], keys[n-1])

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	labEvent(t, "Drain called (one goroutine per record)")
	s.Drain(ctx)
	labEvent(t, "Drain returned after %.2fs", time.Since(start).Seconds())

	sink.mu.Lock()
	defer sink.mu.Unlock()
	var got, missing, dup []string
	total := 0
	for k, c := range sink.puts {
		got = append(got, fmt.Sprintf("%s ×%d", k, c))
		total += c
		if c > 1 {
			dup = append(dup, fmt.Sprintf("%s %d times", k, c))
		}
	}
	sort.Strings(got)
	sort.Strings(dup)
	for _, k := range keys {
		if sink.puts[k] == 0 {
			missing = append(missing, k)
		}
	}
	labEvent(t, "sink received %d Puts: %s", total, strings.Join(got, ", "))
	if len(missing) > 0 {
		labFail(t, "%d of the %d records were never stored (%s), and they are no longer pending: lost",
			len(missing), n, strings.Join(missing, ", "))
	}
	if len(dup) > 0 {
		labFail(t, "records stored more than once: %s", strings.Join(dup, ", "))
	}
	if !t.Failed() {
		labOK(t, "drained cleanly: each of the %d pending records was stored exactly once", n)
	}
}
