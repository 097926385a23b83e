package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"
)

// buildReport stands in for the slow aggregation queries behind /reports.
// It takes REPORT_DELAY (a Go duration such as "800ms"; 3s when unset),
// so that a test can keep a request in flight while the server shuts down.
func buildReport(ctx context.Context, month string) ([]byte, error) {
	d, err := time.ParseDuration(os.Getenv("REPORT_DELAY"))
	if err != nil {
		d = 3 * time.Second
	}
	log.Printf("building report for %q", month)
	select {
	case <-time.After(d):
		return []byte(fmt.Sprintf("report for %s: 42 orders\n", month)), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
