package org.tumen.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceReader;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceSplit;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputOptions;
import org.tumen.core.ingest.InputReader;

/**
 * Reads text files, folders and JSONL collections with the CLI's own {@link InputReader}, numbering the items in the
 * order {@code tumen ingest} reads them. It is one split over all the inputs, read by one reader (the reader's work is
 * tiny beside extraction), and a checkpoint holds how many items were emitted, so a restored job resumes after them
 * instead of reading everything again. The inputs must be readable from the task manager that runs the source.
 */
public final class InputSource
        implements Source<Numbered<InputItem>, InputSource.Split, Collection<InputSource.Split>>,
                ResultTypeQueryable<Numbered<InputItem>> {
    private final List<String> paths;
    private final long maxTextBytes;
    private final LocalDate published;

    /** @param published the publication date of every report ({@code --published}), or null to read it */
    public InputSource(List<String> paths, long maxTextBytes, LocalDate published) {
        if (paths.isEmpty()) throw new IllegalArgumentException("no input given");
        this.paths = List.copyOf(paths);
        this.maxTextBytes = maxTextBytes;
        this.published = published;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<Numbered<InputItem>, Split> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(context);
    }

    @Override
    public SplitEnumerator<Split, Collection<Split>> createEnumerator(SplitEnumeratorContext<Split> context) {
        return new IteratorSourceEnumerator<>(context, List.of(new Split(paths, maxTextBytes, published, 0)));
    }

    @Override
    public SplitEnumerator<Split, Collection<Split>> restoreEnumerator(
            SplitEnumeratorContext<Split> context, Collection<Split> checkpoint) {
        return new IteratorSourceEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<Split> getSplitSerializer() {
        return new SplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Collection<Split>> getEnumeratorCheckpointSerializer() {
        return new CheckpointSerializer();
    }

    @Override
    public TypeInformation<Numbered<InputItem>> getProducedType() {
        return JavaSerialized.numbered();
    }

    /**
     * All the inputs, from item {@code skip} on.
     *
     * @param skip how many items were already emitted (and so are in a checkpoint downstream)
     */
    public record Split(List<String> paths, long maxTextBytes, LocalDate published, long skip)
            implements IteratorSourceSplit<Numbered<InputItem>, Items> {
        public Split {
            paths = List.copyOf(paths);
            if (skip < 0) throw new IllegalArgumentException("skip must not be negative: " + skip);
        }

        @Override
        public String splitId() {
            return "inputs";
        }

        @Override
        public Items getIterator() {
            InputOptions options = new InputOptions(maxTextBytes, published);
            Stream<InputItem> items =
                    new InputReader(options).read(paths.stream().map(Path::of).toList());
            return new Items(items, skip);
        }

        @Override
        public IteratorSourceSplit<Numbered<InputItem>, Items> getUpdatedSplitForIterator(Items iterator) {
            return new Split(paths, maxTextBytes, published, iterator.position());
        }
    }

    /** The reader's items numbered from 0, skipping those before {@code skip}; closes the reader at the end. */
    public static final class Items implements Iterator<Numbered<InputItem>> {
        private final Stream<InputItem> stream;
        private final Iterator<InputItem> items;
        private long position;
        private boolean closed;

        Items(Stream<InputItem> stream, long skip) {
            this.stream = stream;
            this.items = stream.iterator();
            while (position < skip && items.hasNext()) {
                items.next();
                position++;
            }
        }

        /** How many items have been handed out (counting those skipped). */
        long position() {
            return position;
        }

        @Override
        public boolean hasNext() {
            if (closed) return false;
            if (items.hasNext()) return true;
            stream.close();
            closed = true;
            return false;
        }

        @Override
        public Numbered<InputItem> next() {
            if (!hasNext()) throw new NoSuchElementException();
            return new Numbered<>(position++, items.next());
        }
    }

    static final class SplitSerializer implements SimpleVersionedSerializer<Split> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Split split) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                write(split, out);
            }
            return bytes.toByteArray();
        }

        @Override
        public Split deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                return read(in);
            }
        }

        static void write(Split split, DataOutputStream out) throws IOException {
            out.writeInt(split.paths().size());
            for (String path : split.paths()) out.writeUTF(path);
            out.writeLong(split.maxTextBytes());
            out.writeUTF(split.published() == null ? "" : split.published().toString());
            out.writeLong(split.skip());
        }

        static Split read(DataInputStream in) throws IOException {
            int n = in.readInt();
            List<String> paths = new ArrayList<>(n);
            for (int i = 0; i < n; i++) paths.add(in.readUTF());
            long maxTextBytes = in.readLong();
            String published = in.readUTF();
            long skip = in.readLong();
            return new Split(paths, maxTextBytes, published.isEmpty() ? null : LocalDate.parse(published), skip);
        }
    }

    static final class CheckpointSerializer implements SimpleVersionedSerializer<Collection<Split>> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Collection<Split> splits) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(splits.size());
                for (Split split : splits) SplitSerializer.write(split, out);
            }
            return bytes.toByteArray();
        }

        @Override
        public Collection<Split> deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                int n = in.readInt();
                List<Split> splits = new ArrayList<>(n);
                for (int i = 0; i < n; i++) splits.add(SplitSerializer.read(in));
                return splits;
            }
        }
    }
}
