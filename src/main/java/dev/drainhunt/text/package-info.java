/** Text every layer may print or write: made safe from control characters and bidi overrides. */
package dev.drainhunt.text;
