package main

import (
	"log"
	"os"
	"strconv"
	"sync"
)

// Publisher batches domain events for the message bus; Close sends the last batch. This stand-in
// sends nothing for real: Close logs the size of the batch it sent, which is what the lab watches.
//
// Lab control: DRAINHUNT_BUS_STALL_AT=N makes the N-th Publish block for good, as when the bus
// stops answering; the request that called it never finishes.
type Publisher struct {
	mu    sync.Mutex
	batch []string
	calls int
}

var stallAt, _ = strconv.Atoi(os.Getenv("DRAINHUNT_BUS_STALL_AT"))

// Publish adds event to the current batch.
func (p *Publisher) Publish(event string) {
	p.mu.Lock()
	p.calls++
	if p.calls == stallAt {
		p.mu.Unlock()
		log.Printf("publisher: the bus is not answering; Publish of %s is stuck", event)
		select {} // never returns
	}
	p.batch = append(p.batch, event)
	p.mu.Unlock()
}

// Close sends the last batch.
func (p *Publisher) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	log.Printf("publisher: Close sent the last batch (%d events)", len(p.batch))
	p.batch = nil
	return nil
}
