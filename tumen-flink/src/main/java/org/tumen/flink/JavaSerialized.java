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
 * Flink's type information for {@link Numbered} values, by Java serialization. Tumen's model is immutable records
 * holding immutable JDK lists and maps, which Kryo cannot rebuild (it adds elements to an empty immutable list) and
 * which Flink's record support would hand to Kryo field by field; Java serialization rebuilds records through their
 * canonical constructors, so a value arrives exactly as it left and still validated. Its cost, microseconds per
 * report, is nothing beside the annotator's hundreds of milliseconds.
 */
final class JavaSerialized extends TypeInformation<Numbered<?>> {
    static final JavaSerialized NUMBERED = new JavaSerialized();

    @SuppressWarnings("unchecked")
    static <T> TypeInformation<Numbered<T>> numbered() {
        return (TypeInformation<Numbered<T>>) (TypeInformation<?>) NUMBERED;
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
    @SuppressWarnings("unchecked")
    public Class<Numbered<?>> getTypeClass() {
        return (Class<Numbered<?>>) (Class<?>) Numbered.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<Numbered<?>> createSerializer(SerializerConfig config) {
        return new Serializer();
    }

    @Override
    public String toString() {
        return "Numbered (Java serialization)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaSerialized;
    }

    @Override
    public int hashCode() {
        return JavaSerialized.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof JavaSerialized;
    }

    /** Length-prefixed Java serialization; values are immutable, so a copy is the value itself. */
    public static final class Serializer extends TypeSerializer<Numbered<?>> {
        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<Numbered<?>> duplicate() {
            return this;
        }

        @Override
        public Numbered<?> createInstance() {
            return null;
        }

        @Override
        public Numbered<?> copy(Numbered<?> from) {
            return from;
        }

        @Override
        public Numbered<?> copy(Numbered<?> from, Numbered<?> reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(Numbered<?> value, DataOutputView target) throws IOException {
            byte[] bytes = toBytes(value);
            target.writeInt(bytes.length);
            target.write(bytes);
        }

        @Override
        public Numbered<?> deserialize(DataInputView source) throws IOException {
            byte[] bytes = new byte[source.readInt()];
            source.readFully(bytes);
            return fromBytes(bytes);
        }

        @Override
        public Numbered<?> deserialize(Numbered<?> reuse, DataInputView source) throws IOException {
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
        public TypeSerializerSnapshot<Numbered<?>> snapshotConfiguration() {
            return new Snapshot();
        }
    }

    /** The serializer has no configuration: any version reads any other's bytes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Numbered<?>> {
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

    static Numbered<?> fromBytes(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new JobClassesInput(new ByteArrayInputStream(bytes))) {
            return (Numbered<?>) in.readObject();
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
