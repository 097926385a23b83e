package dev.drainhunt.terminal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntSupplier;

/**
 * A prompt opened on a thread of its own while the first screen is drawn: building JLine's terminal and line
 * reader (an {@code infocmp} process, key maps, the history) took 40 ms or more before the first paint, and the
 * learner reads the code first anyway. The first read waits for it; keys typed meanwhile wait in the terminal.
 */
final class BackgroundPrompt implements Prompt {

    private final FutureTask<Prompt> opening;
    private final IntSupplier widthUntilOpen;
    private final IntSupplier heightUntilOpen;

    /**
     * @param widthUntilOpen the width to lay the screens out in until the prompt is open (from $COLUMNS)
     * @param heightUntilOpen the screen's rows until then ($LINES, which the launcher sets), 0 when unknown: then
     *     the first screen waits for the terminal to tell, since fitting it is the point of asking
     */
    BackgroundPrompt(Callable<Prompt> open, IntSupplier widthUntilOpen, IntSupplier heightUntilOpen) {
        this.opening = new FutureTask<>(open);
        this.widthUntilOpen = widthUntilOpen;
        this.heightUntilOpen = heightUntilOpen;
        Thread thread = new Thread(opening, "drainhunt-terminal");
        thread.setDaemon(true); // a session that fails before its first read must not wait for it to exit
        thread.start();
    }

    @Override
    public Input readLine(String prompt) {
        return prompt().readLine(prompt);
    }

    @Override
    public Input readKey(String prompt) {
        return prompt().readKey(prompt);
    }

    @Override
    public int width() {
        return opening.isDone() ? prompt().width() : widthUntilOpen.getAsInt();
    }

    @Override
    public int height() {
        int known = opening.isDone() ? 0 : heightUntilOpen.getAsInt();
        return known > 0 ? known : prompt().height();
    }

    @Override
    public java.util.Optional<KeyScreen> keyScreen(boolean color) {
        return prompt().keyScreen(color);
    }

    @Override
    public boolean handOver(java.util.function.BooleanSupplier program) {
        return prompt().handOver(program);
    }

    @Override
    public void close() {
        prompt().close();
    }

    private Prompt prompt() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return opening.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the prompt is needed all the same; the flag is kept for the caller
                }
            }
        } catch (ExecutionException e) {
            // As opening it on this thread would have thrown: a TerminalFailure, or a bug.
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
