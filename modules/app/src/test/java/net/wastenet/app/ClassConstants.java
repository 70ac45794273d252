package net.wastenet.app;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants of a compiled class (its constant pool's {@code CONSTANT_String} entries): what the
 * source wrote between quotes, not the names of the fields and methods it uses.
 */
final class ClassConstants {
    private ClassConstants() {
    }

    static List<String> strings(JavaClass c) {
        var source = c.getSource();
        if (source.isEmpty()) {
            return List.of();
        }
        try (InputStream in = source.get().getUri().toURL().openStream()) {
            return strings(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + c.getName(), e);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> stringRefs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringRefs.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> strings = new ArrayList<>();
        for (int ref : stringRefs) {
            strings.add(utf8[ref]);
        }
        return strings;
    }
}
