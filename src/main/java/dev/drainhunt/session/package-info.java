/**
 * The interactive loop: a prompt, the practice engine and the learner's stored progress, wired for one session.
 * It receives its collaborators and never reaches back into the command line.
 */
package dev.drainhunt.session;
