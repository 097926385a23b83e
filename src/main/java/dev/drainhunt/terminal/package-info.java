/**
 * The terminal adapter: JLine and plain prompts, the screen and its size, the process environment and the
 * console one run talks through. No domain logic: it knows lines and keys, not exercises.
 */
package dev.drainhunt.terminal;
