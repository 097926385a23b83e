/**
 * The lab: runs an exercise's Go behaviour harness on the buggy code, the fix or a learner's working copy, and
 * hands back plain records (events, verdicts). An adapter at the edge, like the terminal: it finds the Go
 * toolchain, lays out a module, runs bounded processes and reads the harness's event lines; it never prints.
 */
package dev.drainhunt.lab;
