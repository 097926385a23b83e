package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"strconv"
	"sync"
)

// Outbox accepts messages over HTTP and delivers them in the background. This stand-in delivers
// nothing for real: Close logs how many queued messages it delivered, which is what the lab watches.
//
// Lab control: DRAINHUNT_OUTBOX_QUEUED=N starts the outbox with N messages already queued
// (accepted from clients earlier but not delivered yet).
type Outbox struct {
	mu     sync.Mutex
	queued int
	once   sync.Once
}

func (o *Outbox) load() {
	o.once.Do(func() { o.queued, _ = strconv.Atoi(os.Getenv("DRAINHUNT_OUTBOX_QUEUED")) })
}

// ServeHTTP accepts one message into the queue.
func (o *Outbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	o.load()
	o.mu.Lock()
	o.queued++
	o.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

// Close delivers what is still queued.
func (o *Outbox) Close(ctx context.Context) error {
	o.load()
	o.mu.Lock()
	defer o.mu.Unlock()
	log.Printf("outbox: delivered %d queued messages", o.queued)
	o.queued = 0
	return nil
}
