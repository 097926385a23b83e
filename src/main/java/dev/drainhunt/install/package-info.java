/** The installer: the files written under a prefix, the manifest that lists them, and where the shell looks. */
package dev.drainhunt.install;
