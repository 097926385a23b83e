package dev.drainhunt.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's model of the commands most runs start with (the root, practice, review, list, check), built through
 * its programmatic API instead of from annotations. Reading annotations costs each start-up some 30 ms (issue 17):
 * the JDK generates a proxy class for every annotation type it meets, and picocli reflects over every field and
 * method of every class. The other commands keep their annotations: they are the rarer runs, and the annotated
 * form reads better. Help, completion and the man page see one model either way.
 *
 * <p>Options are bound to a {@link Bound} value of the command, which picocli sets as it sets an annotated field.
 * The mixins annotated commands share ({@link ExerciseArgument}, {@link LayoutOptions}) keep their fields, bound
 * through a getter and a setter.
 */
final class HandBuilt {

    private HandBuilt() {
    }

    /** A command named {@code name} run by {@code command}, with its description; no option yet. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** {@code -h/--help} and {@code -V/--version}, as {@code mixinStandardHelpOptions} adds them, in that order. */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /**
     * An option without a value, such as {@code --json}; {@code --json=true} and {@code --json=false} work too, as
     * for an annotated boolean (an explicit arity of 0 would refuse them).
     */
    static OptionSpec.Builder flag(String name, String description, Field<Boolean> value) {
        return OptionSpec.builder(name).type(boolean.class).description(description)
                .getter(value).setter(value).initialValue(value.read());
    }

    /** An option with a value labelled {@code label}, such as {@code --tag TAG}; further settings on the builder. */
    static <T> OptionSpec.Builder option(String[] names, Class<T> type, String label, String description,
            Bound<T> value) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description)
                .getter(value).setter(value).initialValue(value.value());
    }

    /** A positional parameter labelled {@code label}; its arity, candidates and so on are set on the builder. */
    static PositionalParamSpec.Builder parameter(Class<?> type, String label, String description, Field<?> value) {
        return PositionalParamSpec.builder().type(type).paramLabel(label).description(description)
                .getter(value).setter(value).initialValue(value.read());
    }

    /**
     * A value picocli reads and sets as it would an annotated field; a subclass says where the value lives. A class
     * rather than a getter and a setter lambda: every run links the root's and its command's, and each lambda
     * linked costs a start some 0.2 ms on JDK 17.
     */
    abstract static class Field<T> implements IGetter, ISetter {
        abstract T read();

        abstract void write(T value);

        @Override
        @SuppressWarnings("unchecked")
        public final <V> V get() {
            return (V) read();
        }

        @Override
        @SuppressWarnings("unchecked")
        public final <V> V set(V value) {
            V old = get();
            write((T) value);
            return old;
        }
    }

    /**
     * A command's option or parameter, as picocli sees an annotated field: the value it holds when the model is
     * built is the initial value, which picocli restores before each parse; parsing sets it. The copies of an
     * inherited option share it, as they would share a field.
     */
    static final class Bound<T> extends Field<T> {
        private T value;

        Bound(T initial) {
            value = initial;
        }

        /** What parsing set, else the initial value. */
        T value() {
            return value;
        }

        @Override
        T read() {
            return value;
        }

        @Override
        void write(T newValue) {
            value = newValue;
        }
    }
}
