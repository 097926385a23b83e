#!/usr/bin/env python3
"""Times a command on a pseudo-terminal, as a learner's terminal runs it: the practice screen from exec to exit.

  ptytime.py [--rss FILE] [--until TEXT] RUNS WARMUP LABEL INPUT COMMAND...
      one "label<TAB>seconds" line per timed run on stdout

--rss FILE adds "label<TAB>KiB" lines to FILE: the peak resident set size of each timed run's process (the
launcher execs java, so it is java's).

INPUT (with \\n for Enter) is typed into the terminal at once, before the program reads it, as a quick learner
would; the clock runs from the fork to the program's exit, so Python's own start-up is not counted, or with
--until to the moment TEXT first appears on the terminal (the run still goes on to its exit, untimed). The
terminal is 80x24. A run that fails or takes over 30 s stops the benchmark.
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def one(command, keys, until=None):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.write(fd, keys)
    deadline = start + 30
    seen = b""
    shown = None
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.perf_counter()))
        if not ready:
            os.kill(pid, 9)
            raise SystemExit(f"ptytime.py: {' '.join(command)} took over 30 s")
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        if until and shown is None:
            seen += chunk
            if until in seen:
                shown = time.perf_counter() - start
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(fd)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ptytime.py: {' '.join(command)} exited {os.waitstatus_to_exitcode(status)}")
    if until and shown is None:
        raise SystemExit(f"ptytime.py: {' '.join(command)} never showed {until.decode()!r}")
    return (shown if until else elapsed), usage.ru_maxrss


def main(args):
    rss = None
    until = None
    while args[0].startswith("--"):
        if args[0] == "--rss":
            rss, args = args[1], args[2:]
        elif args[0] == "--until":
            until, args = args[1].encode(), args[2:]
        else:
            raise SystemExit(f"ptytime.py: unknown option {args[0]}")
    runs, warmup, label, keys = int(args[0]), int(args[1]), args[2], args[3].replace("\\n", "\n").encode()
    command = args[4:]
    for i in range(warmup + runs):
        seconds, kib = one(command, keys, until)
        if i >= warmup:
            print(f"{label}\t{seconds}", flush=True)
            if rss:
                with open(rss, "a") as f:
                    f.write(f"{label}\t{kib}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
