package main

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"
)

// The service's routes live here, outside the lesson. /export streams a
// report that takes EXPORT_MS milliseconds (default 2000) to produce; the
// lab harness sets EXPORT_MS so a request is still in flight at SIGTERM.
func init() {
	http.HandleFunc("/export", func(w http.ResponseWriter, r *http.Request) {
		d := 2 * time.Second
		if ms, err := strconv.Atoi(os.Getenv("EXPORT_MS")); err == nil {
			d = time.Duration(ms) * time.Millisecond
		}
		fmt.Fprintln(w, "report: started")
		w.(http.Flusher).Flush()
		time.Sleep(d)
		fmt.Fprintln(w, "report: done")
	})
}
