package dev.drainhunt.cli;

import dev.drainhunt.session.FixWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The watch loop's keyboard: lines read from stdin on a daemon thread, handed over without blocking. */
final class WatchKeyboard implements FixWatch.Keyboard {

    private final BlockingQueue<FixWatch.Input> lines = new LinkedBlockingQueue<>();

    WatchKeyboard(InputStream stdin) {
        Thread reader = new Thread(() -> read(stdin), "drainhunt-watch-keyboard");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream stdin) {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(new FixWatch.Input.Line(line));
            }
        } catch (IOException e) {
            // A terminal that went away ends the loop like Ctrl-D.
        }
        lines.add(new FixWatch.Input.End());
    }

    @Override
    public FixWatch.Input poll() {
        FixWatch.Input next = lines.poll();
        return next == null ? new FixWatch.Input.Nothing() : next;
    }
}
