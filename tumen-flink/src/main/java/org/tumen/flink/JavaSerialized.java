package org.tumen.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's type information for Tumen's values, by Java serialization. Tumen's model is immutable records holding
 * immutable JDK lists and maps, which Kryo cannot rebuild (it adds elements to an empty immutable list) and which
 * Flink's record support would hand to Kryo field by field; Java serialization rebuilds records through their
 * canonical constructors, so a value arrives exactly as it left and still validated. Its cost, microseconds per
 * report, is nothing beside the annotator's hundreds of milliseconds.
 */
final class JavaSerialized<T> extends TypeInformation<T> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final JavaSerialized<Numbered<?>> NUMBERED = new JavaSerialized(Numbered.class);

    private final Class<T> type;

    private JavaSerialized(Class<T> type) {
        this.type = type;
    }

    @SuppressWarnings("unchecked")
    static <T> TypeInformation<Numbered<T>> numbered() {
        return (TypeInformation<Numbered<T>>) (TypeInformation<?>) NUMBERED;
    }

    /** Values of {@code type} and its subtypes (a sealed interface's records). */
    static <T> TypeInformation<T> forType(Class<T> type) {
        return new JavaSerialized<>(type);
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return (TypeSerializer<T>) (TypeSerializer<?>) new Serializer();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " (Java serialization)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaSerialized<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof JavaSerialized;
    }

    /**
     * Length-prefixed Java serialization; values are immutable, so a copy is the value itself. The bytes name their
     * class, so one serializer serves every type (and checkpoints written before it served more than one still read).
     */
    public static final class Serializer extends TypeSerializer<Serializable> {
        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<Serializable> duplicate() {
            return this;
        }

        @Override
        public Serializable createInstance() {
            return null;
        }

        @Override
        public Serializable copy(Serializable from) {
            return from;
        }

        @Override
        public Serializable copy(Serializable from, Serializable reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(Serializable value, DataOutputView target) throws IOException {
            byte[] bytes = toBytes(value);
            target.writeInt(bytes.length);
            target.write(bytes);
        }

        @Override
        public Serializable deserialize(DataInputView source) throws IOException {
            byte[] bytes = new byte[source.readInt()];
            source.readFully(bytes);
            return fromBytes(bytes);
        }

        @Override
        public Serializable deserialize(Serializable reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            int length = source.readInt();
            target.writeInt(length);
            target.write(source, length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Serializer;
        }

        @Override
        public int hashCode() {
            return Serializer.class.hashCode();
        }

        @Override
        public TypeSerializerSnapshot<Serializable> snapshotConfiguration() {
            return new Snapshot();
        }
    }

    /** The serializer has no configuration: any version reads any other's bytes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Serializable> {
        public Snapshot() {
            super(Serializer::new);
        }
    }

    static byte[] toBytes(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Serializable fromBytes(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new JobClassesInput(new ByteArrayInputStream(bytes))) {
            return (Serializable) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("a class of the job is missing: " + e.getMessage(), e);
        }
    }

    /**
     * Resolves classes through the loader of the job's own classes (Flink's user-code loader on a cluster) rather
     * than leaving it to the JDK's guess from the call stack.
     */
    private static final class JobClassesInput extends ObjectInputStream {
        JobClassesInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, Numbered.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
