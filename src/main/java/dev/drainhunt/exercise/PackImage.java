package dev.drainhunt.exercise;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The bundled pack as the build validated it, in a compact binary form of its records: reading and validating its
 * twenty JSON files with positions took every run about 30 ms, reading this takes about one. Written by the build
 * ({@code cli.BundledPackImage}) and read at start-up; {@code drainhunt validate} and custom packs still read JSON.
 * The format is private to one build, so it carries a version only to refuse a file it does not know.
 */
public final class PackImage {

    /** Inside the jar, beside (not in) the pack's own folder, so it is never taken for one of its files. */
    public static final String RESOURCE = "dev/drainhunt/bundled-pack.image";
    private static final int FORMAT = 0x44480001; // "DH", version 1

    private PackImage() {
    }

    /** The bundled pack's image, or empty when this build has none (a class path without the build's step). */
    static Optional<Pack> readBundled(Function<Set<String>, PackFiles> files) {
        try {
            byte[] bytes = JarResource.read(PackImage.class, RESOURCE);
            return bytes == null ? Optional.empty() : Optional.of(read(bytes, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the JSON is still there: reading it is slower, never wrong
        }
    }

    static Pack read(byte[] bytes, Function<Set<String>, PackFiles> files) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IOException("not a pack image of this build");
        }
        String name = ImageStrings.read(in);
        String version = ImageStrings.read(in);
        String language = ImageStrings.read(in);
        String description = ImageStrings.read(in);
        int count = in.readInt();
        List<Exercise> exercises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            exercises.add(exercise(in));
        }
        Set<String> names = new LinkedHashSet<>(strings(in));
        return new Pack(name, version, language, description, exercises, files.apply(Set.copyOf(names)));
    }

    public static void write(Pack pack, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        ImageStrings.write(out, pack.name());
        ImageStrings.write(out, pack.version());
        ImageStrings.write(out, pack.language());
        ImageStrings.write(out, pack.description());
        out.writeInt(pack.size());
        for (Exercise e : pack.exercises()) {
            exercise(out, e);
        }
        strings(out, pack.files().names().stream().sorted().toList());
        out.flush();
    }

    private static void exercise(DataOutputStream out, Exercise e) throws IOException {
        ImageStrings.write(out, e.id());
        out.writeInt(e.number());
        ImageStrings.write(out, e.title());
        out.writeByte(e.difficulty().ordinal());
        strings(out, e.tags());
        ImageStrings.write(out, e.goVersion());
        strings(out, e.buggy());
        out.writeInt(e.bugLines().size());
        for (int line : e.bugLines()) {
            out.writeInt(line);
        }
        strings(out, e.hints());
        keyPoints(out, e.keyPoints());
        strings(out, e.explanation());
        strings(out, e.fix());
        out.writeInt(e.references().size());
        for (Reference r : e.references()) {
            ImageStrings.write(out, r.title());
            ImageStrings.write(out, r.url());
        }
        strings(out, e.detectedBy());
        ImageStrings.write(out, e.notes());
        keyPoints(out, e.alsoTrue());
        out.writeBoolean(e.lab() != null);
        if (e.lab() != null) {
            ImageStrings.write(out, e.lab().harness());
            ImageStrings.write(out, e.lab().stub());
            out.writeBoolean(e.lab().race());
            out.writeInt(e.lab().staticOnly().size());
            for (Lab.StaticFinding f : e.lab().staticOnly()) {
                ImageStrings.write(out, f.keyPoint());
                ImageStrings.write(out, f.analyzer());
                ImageStrings.write(out, f.why());
            }
        }
    }

    private static Exercise exercise(DataInputStream in) throws IOException {
        String id = ImageStrings.read(in);
        int number = in.readInt();
        String title = ImageStrings.read(in);
        Difficulty difficulty = Difficulty.values()[in.readByte()];
        List<String> tags = strings(in);
        String goVersion = ImageStrings.read(in);
        List<String> buggy = strings(in);
        int lines = in.readInt();
        List<Integer> bugLines = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            bugLines.add(in.readInt());
        }
        List<String> hints = strings(in);
        List<KeyPoint> keyPoints = keyPoints(in);
        List<String> explanation = strings(in);
        List<String> fix = strings(in);
        int refs = in.readInt();
        List<Reference> references = new ArrayList<>(refs);
        for (int i = 0; i < refs; i++) {
            references.add(new Reference(ImageStrings.read(in), ImageStrings.read(in)));
        }
        List<String> detectedBy = strings(in);
        String notes = ImageStrings.read(in);
        List<KeyPoint> alsoTrue = keyPoints(in);
        Lab lab = null;
        if (in.readBoolean()) {
            String harness = ImageStrings.read(in);
            String stub = ImageStrings.read(in);
            boolean race = in.readBoolean();
            int n = in.readInt();
            List<Lab.StaticFinding> staticOnly = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                staticOnly.add(new Lab.StaticFinding(ImageStrings.read(in), ImageStrings.read(in),
                        ImageStrings.read(in)));
            }
            lab = new Lab(harness, stub, race, staticOnly);
        }
        return new Exercise(id, number, title, difficulty, tags, goVersion, buggy, bugLines, hints, keyPoints,
                explanation, fix, references, detectedBy, notes, alsoTrue, lab);
    }

    private static void keyPoints(DataOutputStream out, List<KeyPoint> points) throws IOException {
        out.writeInt(points.size());
        for (KeyPoint p : points) {
            ImageStrings.write(out, p.id());
            ImageStrings.write(out, p.summary());
            out.writeInt(p.match().size());
            for (List<String> alternative : p.match()) {
                strings(out, alternative);
            }
            ImageStrings.write(out, p.mechanism());
        }
    }

    private static List<KeyPoint> keyPoints(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<KeyPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = ImageStrings.read(in);
            String summary = ImageStrings.read(in);
            int alternatives = in.readInt();
            List<List<String>> match = new ArrayList<>(alternatives);
            for (int j = 0; j < alternatives; j++) {
                match.add(strings(in));
            }
            points.add(new KeyPoint(id, summary, match, ImageStrings.read(in)));
        }
        return points;
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            ImageStrings.write(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(ImageStrings.read(in));
        }
        return values;
    }
}
