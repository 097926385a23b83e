package dev.drainhunt.terminal;

import java.io.IOError;
import java.io.IOException;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * {@link KeyScreen} on a JLine terminal: raw mode, the alternate screen, keys decoded by a {@link KeyMap}. Opening
 * it saves the terminal's modes and closing puts them back, also when the process ends while it is open.
 */
public final class JLineKeyScreen implements KeyScreen {

    /** How long a lone Esc waits for the rest of an escape sequence (an arrow key) before it counts as Esc. */
    private static final long ESCAPE_WAIT_MS = 60;

    private final Terminal terminal;
    private final boolean ownsTerminal;
    private final boolean color;
    private final Attributes saved;
    private final Terminal.SignalHandler previousResize;
    private final Display display;
    private final BindingReader reader;
    private final KeyMap<Key> keys;
    private final Thread restoreOnExit = new Thread(this::restore, "drainhunt-key-screen-restore");
    private volatile Runnable onResize = () -> { };
    private boolean closed;

    private JLineKeyScreen(Terminal terminal, boolean ownsTerminal, boolean color) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
        this.color = color;
        this.saved = terminal.enterRawMode();
        terminal.puts(Capability.enter_ca_mode);
        // The alternate screen keeps the cursor where it was on the main one, but Display draws from the top-left
        // corner it assumes: without this the list lands wherever the session's output ended.
        terminal.puts(Capability.clear_screen);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        this.display = new Display(terminal, true);
        this.reader = new BindingReader(terminal.reader());
        this.keys = keyMap(terminal);
        this.previousResize = terminal.handle(Terminal.Signal.WINCH, signal -> onResize.run());
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /**
     * A key screen on {@code terminal}, which stays open after {@link #close()}; empty when the terminal cannot
     * address its cursor (a dumb terminal), where a full-screen view would be garbage.
     */
    public static java.util.Optional<KeyScreen> on(Terminal terminal, boolean color) {
        if (!capable(terminal)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new JLineKeyScreen(terminal, false, color));
    }

    /** A key screen on the system terminal, closed with it; empty on a terminal that cannot address its cursor. */
    public static java.util.Optional<KeyScreen> openSystem(boolean color) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).graphemeCluster(false).build();
        } catch (IOException e) {
            throw new TerminalFailure("cannot open the terminal: " + e.getMessage(), e);
        }
        if (!capable(terminal)) {
            closeQuietly(terminal);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new JLineKeyScreen(terminal, true, color));
    }

    private static boolean capable(Terminal terminal) {
        return !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && terminal.getStringCapability(Capability.cursor_address) != null
                && terminal.getHeight() > 0 && terminal.getWidth() > 0;
    }

    private static KeyMap<Key> keyMap(Terminal terminal) {
        KeyMap<Key> map = new KeyMap<>();
        Key typed = Key.typed("");
        map.setUnicode(typed);
        map.setNomatch(Key.OTHER);
        map.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        map.bind(typed, KeyMap.range(" -~"));
        bind(map, terminal, Key.UP, Capability.key_up, "\033[A", "\033OA", KeyMap.ctrl('P'));
        bind(map, terminal, Key.DOWN, Capability.key_down, "\033[B", "\033OB", KeyMap.ctrl('N'));
        bind(map, terminal, Key.PAGE_UP, Capability.key_ppage, "\033[5~", KeyMap.ctrl('B'));
        bind(map, terminal, Key.PAGE_DOWN, Capability.key_npage, "\033[6~", KeyMap.ctrl('F'));
        bind(map, terminal, Key.HOME, Capability.key_home, "\033[H", "\033OH", "\033[1~", "\033[7~");
        bind(map, terminal, Key.END, Capability.key_end, "\033[F", "\033OF", "\033[4~", "\033[8~");
        // Keys this view has no use for still have to be known, or their sequence would read as Esc and letters.
        bind(map, terminal, Key.OTHER, Capability.key_left, "\033[D", "\033OD", "\033[C", "\033OC", "\033[2~",
                "\033[3~", "\t");
        bind(map, terminal, Key.OTHER, Capability.key_right);
        bind(map, terminal, Key.OTHER, Capability.key_dc);
        map.bind(Key.ENTER, "\r", "\n");
        map.bind(Key.ESCAPE, KeyMap.esc());
        map.bind(Key.BACKSPACE, KeyMap.del(), "\b");
        map.bind(Key.CLEAR_LINE, KeyMap.ctrl('U'));
        map.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(Key.END_OF_INPUT, KeyMap.ctrl('D'));
        return map;
    }

    private static void bind(KeyMap<Key> map, Terminal terminal, Key key, Capability capability, String... sequences) {
        String fromTerminfo = KeyMap.key(terminal, capability);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            map.bind(key, fromTerminfo);
        }
        for (String sequence : sequences) {
            map.bind(key, sequence);
        }
    }

    @Override
    public int width() {
        return Math.max(1, terminal.getWidth());
    }

    @Override
    public int height() {
        return Math.max(1, terminal.getHeight());
    }

    @Override
    public synchronized void draw(List<AttributedString> lines) {
        if (closed) {
            return;
        }
        Size size = terminal.getSize();
        display.resize(size.getRows(), size.getColumns());
        List<AttributedString> shown = lines.stream().limit(Math.max(1, size.getRows()))
                .map(Screen::safe).map(line -> color ? line : new AttributedString(line.toString())).toList();
        display.update(shown, size.cursorPos(Math.max(0, shown.size() - 1), 0));
        terminal.flush();
    }

    @Override
    public Key read() {
        try {
            Key key = reader.readBinding(keys);
            if (key == null) {
                return Key.END_OF_INPUT;
            }
            return key.kind() == Key.Kind.TYPED ? Key.typed(reader.getLastBinding()) : key;
        } catch (EndOfFileException | IOError e) {
            // The terminal went away: as Ctrl-D.
            return Key.END_OF_INPUT;
        }
    }

    @Override
    public void onResize(Runnable redraw) {
        this.onResize = redraw;
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // The process is ending: the hook restores the terminal, or has.
        }
    }

    private synchronized void restore() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            terminal.handle(Terminal.Signal.WINCH, previousResize);
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(saved);
        } catch (IllegalStateException | IOError e) {
            // Closed already by JLine's own shutdown hook, which restored the modes.
        }
        if (ownsTerminal) {
            closeQuietly(terminal);
        }
    }

    private static void closeQuietly(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException e) {
            // The process is ending or the terminal is gone; the OS restores it.
        }
    }
}
