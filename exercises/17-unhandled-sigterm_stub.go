package main

// The service's handlers, left out of the exercise. POST /orders?id=N logs that it started, takes
// LAB_ORDER_TIME (a Go duration, 0 if unset; the lab harness sets it) to finish, then writes one event
// to the audit log and answers "accepted".

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"sync"
	"time"
)

func routes(audit io.Writer) http.Handler {
	var mu sync.Mutex // the audit writer is not safe for concurrent use
	work, _ := time.ParseDuration(os.Getenv("LAB_ORDER_TIME"))
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		log.Printf("order %s: started", id)
		time.Sleep(work)
		mu.Lock()
		fmt.Fprintf(audit, "audit: order %s accepted\n", id)
		mu.Unlock()
		fmt.Fprintln(w, "accepted")
	})
	return mux
}
