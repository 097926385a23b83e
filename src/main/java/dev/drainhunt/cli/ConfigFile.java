package dev.drainhunt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.drainhunt.exercise.JsonPositions;
import dev.drainhunt.exercise.Names;
import dev.drainhunt.terminal.Environment;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads drainhunt's config file: {@code config.toml} or {@code config.json} in
 * {@code $XDG_CONFIG_HOME/drainhunt} (else {@code ~/.config/drainhunt}). A file that cannot be used is one
 * positioned usage error ({@code FILE:LINE: message}); a config silently half-applied would study the wrong pack.
 */
final class ConfigFile {

    static final String TOML = "config.toml";
    static final String JSON = "config.json";

    /** Config files are a few lines; anything this big was put there by mistake. */
    private static final long MAX_BYTES = 64 * 1024;

    private ConfigFile() {
    }

    /** The folder config files are looked for in. */
    static Path folder(Environment env) {
        // As for the data dir, the XDG spec says a relative $XDG_CONFIG_HOME is invalid and ignored.
        Optional<String> xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg.isPresent() && Path.of(xdg.get()).isAbsolute() ? Path.of(xdg.get())
                : home(env).resolve(".config");
        return config.resolve("drainhunt");
    }

    /** The config in effect: the file found, read; {@link Config#NONE} when there is none. */
    static Config load(Environment env) {
        Path dir = folder(env);
        Path toml = dir.resolve(TOML);
        Path json = dir.resolve(JSON);
        boolean hasToml = Files.isRegularFile(toml);
        boolean hasJson = Files.isRegularFile(json);
        if (hasToml && hasJson) {
            throw UserError.usage("both " + toml + " and " + json + " exist: keep one of them");
        }
        if (!hasToml && !hasJson) {
            return Config.NONE;
        }
        Path file = hasToml ? toml : json;
        String text = read(file);
        return hasToml ? parseToml(file, text, home(env)) : parseJson(file, text, home(env));
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw UserError.usage(file + ": larger than 64 KiB, too large to be a drainhunt config file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw UserError.usage(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw UserError.usage(file + ": cannot read: " + OutputFile.why(e));
        }
    }

    /** The flat {@code key = "value"} subset of TOML: comments, blank lines, basic and literal strings. */
    static Config parseToml(Path file, String text, Path home) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            int number = i + 1;
            String line = i == 0 && all[i].startsWith("\uFEFF") ? all[i].substring(1) : all[i];
            TomlLine parsed;
            try {
                parsed = TomlLine.parse(line);
            } catch (IllegalArgumentException e) {
                throw positioned(file, number, e.getMessage());
            }
            if (parsed == null) {
                continue;
            }
            String problem = problem(parsed.key(), parsed.value(), lines.get(parsed.key()));
            if (problem != null) {
                throw positioned(file, number, problem);
            }
            values.put(parsed.key(), parsed.value());
            lines.put(parsed.key(), number);
        }
        return config(file, values, home);
    }

    /** A JSON object of string values, with the same keys as the TOML file. */
    static Config parseJson(Path file, String text, Path home) {
        JsonPositions json;
        try {
            json = JsonPositions.parse(text);
        } catch (JsonProcessingException e) {
            JsonPositions.SyntaxError error = JsonPositions.SyntaxError.of(e);
            throw positioned(file, error.line(), error.column(), "not valid JSON: " + error.what());
        } catch (IOException e) {
            throw UserError.usage(file + ": cannot read: " + OutputFile.why(e));
        }
        JsonNode root = json.root();
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw positioned(file, 1, 1, "a JSON object of settings was expected, e.g. {\"exercises\": \"pack\"}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
            String problem = !Config.KEYS.contains(key) ? problem(key, "", null)
                    : !value.isTextual() ? key + ": the value must be a string, e.g. \"" + key + "\": \""
                            + example(key) + "\""
                    : problem(key, value.asText(), null);
            if (problem != null) {
                int[] at = Config.KEYS.contains(key) ? json.valueAt(pointer) : json.nameAt(pointer);
                throw positioned(file, at[0], at[1], problem);
            }
            values.put(key, value.asText());
        }
        return config(file, values, home);
    }

    /** What is wrong with one setting, or null; {@code firstLine} is where the key was set before, if it was. */
    private static String problem(String key, String value, Integer firstLine) {
        if (!Config.KEYS.contains(key)) {
            return "unknown key \"" + key + "\"" + Names.closest(key, Config.KEYS)
                    .map(s -> " — did you mean \"" + s + "\"?").orElse(" (keys: " + String.join(", ", Config.KEYS) + ")");
        }
        if (firstLine != null) {
            return key + " is set twice (first on line " + firstLine + ")";
        }
        if (value.isBlank()) {
            return key + " is empty: give a value or leave the line out";
        }
        if (key.equals("color") && !Config.COLORS.contains(value)) {
            return "color: expected one of " + String.join(", ", Config.COLORS) + ", not \"" + value + "\"";
        }
        return null;
    }

    private static String example(String key) {
        return key.equals("color") ? "never" : "~/packs/team";
    }

    private static Config config(Path file, Map<String, String> values, Path home) {
        Path dir = file.toAbsolutePath().getParent();
        return new Config(file, path(values.get("exercises"), dir, home), path(values.get("data-dir"), dir, home),
                values.get("color"));
    }

    /** {@code ~/x} is under the home folder; any other relative path is under the config file's folder. */
    private static Path path(String value, Path dir, Path home) {
        if (value == null) {
            return null;
        }
        if (value.equals("~") || value.startsWith("~/")) {
            return home.resolve(value.substring(1).replaceFirst("^/+", ""));
        }
        return dir.resolve(value).normalize();
    }

    private static Path home(Environment env) {
        return Path.of(env.get("HOME").orElse(System.getProperty("user.home")));
    }

    private static UserError positioned(Path file, int line, String message) {
        return UserError.usage(file + ":" + line + ": " + message);
    }

    private static UserError positioned(Path file, int line, int column, String message) {
        return UserError.usage(file + ":" + line + ":" + column + ": " + message);
    }

    /** One line of the TOML subset: {@code key = "value"}, with an optional comment after it. */
    record TomlLine(String key, String value) {

        /** The setting on {@code line}; null for a blank or comment line; a message when it is neither. */
        static TomlLine parse(String line) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return null;
            }
            if (text.startsWith("[")) {
                throw new IllegalArgumentException("tables such as " + text
                        + " are not supported: write key = \"value\" lines only");
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected key = \"value\", e.g. exercises = \"~/packs/team\"");
            }
            String key = text.substring(0, equals).strip();
            if (!key.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException(key.isEmpty() ? "a key is missing before =" : "\"" + key
                        + "\" is not a key: keys are letters, digits, - and _ (" + String.join(", ", Config.KEYS) + ")");
            }
            String rest = text.substring(equals + 1).strip();
            if (rest.startsWith("\"\"\"") || rest.startsWith("'''")) {
                throw new IllegalArgumentException(key + ": multi-line strings are not supported");
            }
            StringBuilder value = new StringBuilder();
            int end;
            if (rest.startsWith("\"")) {
                end = basicString(rest, value, key);
            } else if (rest.startsWith("'")) {
                end = rest.indexOf('\'', 1);
                if (end < 0) {
                    throw new IllegalArgumentException(key + ": the string has no closing '");
                }
                value.append(rest, 1, end);
            } else {
                throw new IllegalArgumentException(key + ": the value must be a quoted string, e.g. " + key
                        + " = \"" + (rest.isEmpty() ? example(key) : rest) + "\"");
            }
            String after = rest.substring(end + 1).strip();
            if (!after.isEmpty() && !after.startsWith("#")) {
                throw new IllegalArgumentException(key + ": unexpected text after the value: " + after);
            }
            return new TomlLine(key, value.toString());
        }

        /** Reads a "…" string starting at 0 into {@code value}; returns the index of its closing quote. */
        private static int basicString(String rest, StringBuilder value, String key) {
            for (int i = 1; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '"') {
                    return i;
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                if (++i == rest.length()) {
                    break;
                }
                char e = rest.charAt(i);
                switch (e) {
                    case '"', '\\' -> value.append(e);
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'u', 'U' -> {
                        int digits = e == 'u' ? 4 : 8;
                        String hex = rest.length() >= i + 1 + digits ? rest.substring(i + 1, i + 1 + digits) : "";
                        if (!hex.matches("[0-9A-Fa-f]+") || hex.length() != digits
                                || !Character.isValidCodePoint(Integer.parseInt(hex, 16))) {
                            throw new IllegalArgumentException(key + ": \\" + e + " needs " + digits + " hex digits");
                        }
                        value.appendCodePoint(Integer.parseInt(hex, 16));
                        i += digits;
                    }
                    default -> throw new IllegalArgumentException(key + ": unknown escape \\" + e
                            + " (write \\\\ for a backslash, or use 'single quotes')");
                }
            }
            throw new IllegalArgumentException(key + ": the string has no closing \"");
        }
    }
}
