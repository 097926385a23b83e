/**
 * Spaced review: the FSRS scheduler (the model Anki offers since 23.10), pure arithmetic on memory states with no
 * clock, file or terminal. Progress stores its states; practice asks it when an exercise comes back.
 */
package dev.drainhunt.review;
