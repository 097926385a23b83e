package jobs

// Harness for exercise 07 (stopping a database-backed job runner).
//
// It registers a tiny database/sql driver that records which job IDs reached the database (each
// UPDATE takes 20 ms), builds a Runner on it with 2 workers, queues 10 jobs and calls Shutdown with a
// 3 s deadline straight away, the way a SIGTERM handler would. A correct drain lets every queued job
// reach the database, returns nil, and leaves the *sql.DB closed afterwards.
// Names it needs: Job{ID}, Runner{db, jobs}, (*Runner).Start(workers int), (*Runner).Shutdown(ctx).

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"log"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeDB is the state behind the "labfake" driver: the job IDs whose UPDATE reached it.
type fakeDB struct {
	mu      sync.Mutex
	reached []int64
}

var fake = &fakeDB{}

func init() { sql.Register("labfake", fakeDriver{}) }

type fakeDriver struct{}

func (fakeDriver) Open(string) (driver.Conn, error) { return &fakeConn{}, nil }

type fakeConn struct{}

func (c *fakeConn) Prepare(string) (driver.Stmt, error) {
	return nil, errors.New("prepare not supported")
}
func (c *fakeConn) Close() error              { return nil }
func (c *fakeConn) Begin() (driver.Tx, error) { return nil, errors.New("transactions not supported") }

// ExecContext makes database/sql send every Exec/ExecContext here directly.
func (c *fakeConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	select {
	case <-time.After(20 * time.Millisecond): // the query's round trip
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if len(args) > 0 {
		if id, ok := args[0].Value.(int64); ok {
			fake.mu.Lock()
			fake.reached = append(fake.reached, id)
			fake.mu.Unlock()
		}
	}
	return driver.RowsAffected(1), nil
}

// syncBuffer collects the runner's log lines (log.Printf may be called from several workers).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestShutdownDrainsBeforeClosingDB(t *testing.T) {
	logs := &syncBuffer{}
	log.SetOutput(logs)
	defer log.SetOutput(os.Stderr)

	db, err := sql.Open("labfake", "")
	if err != nil {
		t.Fatalf("sql.Open: %v", err)
	}
	const jobs = 10
	r := &Runner{db: db, jobs: make(chan Job, 16)}
	r.Start(2)
	for i := 1; i <= jobs; i++ {
		r.jobs <- Job{ID: int64(i)}
	}
	labEvent(t, "runner started with 2 workers; %d jobs queued (each UPDATE takes 20 ms)", jobs)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	labEvent(t, "SIGTERM: Shutdown called with a 3 s deadline")
	start := time.Now()
	shutdownErr := make(chan error, 1)
	go func() { shutdownErr <- r.Shutdown(ctx) }()
	select {
	case err = <-shutdownErr:
	case <-time.After(5 * time.Second):
		labFatal(t, "Shutdown had not returned 5 s after it was called, past its 3 s deadline")
	}
	labEvent(t, "Shutdown returned %v after %.2fs", err, time.Since(start).Seconds())
	time.Sleep(50 * time.Millisecond) // let any worker still running log its result

	fake.mu.Lock()
	reached := len(fake.reached)
	fake.mu.Unlock()
	failed := strings.Count(logs.String(), "database is closed")
	labEvent(t, "%d of %d jobs reached the database", reached, jobs)
	if failed > 0 {
		labEvent(t, "%d jobs logged \"sql: database is closed\"", failed)
	}

	ok := true
	if reached < jobs {
		ok = false
		labFail(t, "%d of %d queued jobs never reached the database: the *sql.DB was closed while the workers still needed it",
			jobs-reached, jobs)
	}
	if err != nil {
		ok = false
		labFail(t, "Shutdown returned %v although the workers had 3 s to finish", err)
	}
	if pingErr := db.Ping(); pingErr == nil {
		ok = false
		labFail(t, "the *sql.DB is still open after Shutdown returned")
	} else if ok {
		labEvent(t, "database closed after the drain (Ping: %v)", pingErr)
	}
	if ok {
		labOK(t, "drained cleanly: all %d jobs reached the database, then Shutdown closed it and returned nil", jobs)
	}
}
