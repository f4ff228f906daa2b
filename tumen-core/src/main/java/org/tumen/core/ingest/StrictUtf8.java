package org.tumen.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that refuses bad bytes instead of replacing them. {@code new String(bytes, UTF_8)} would put
 * U+FFFD in their place and the damage would go unnoticed into the evidence; a user is better served by the
 * byte offset of the first bad sequence.
 */
final class StrictUtf8 {
    private StrictUtf8() {}

    /** The decoded text, or the offset (relative to {@code from}) of the first malformed byte sequence. */
    sealed interface Result permits Text, Malformed {}

    record Text(String text) implements Result {}

    record Malformed(long offset) implements Result {}

    static Result decode(byte[] bytes, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        // UTF-8 never yields more UTF-16 units than it has bytes, so one buffer of that size is enough.
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) return new Malformed(in.position() - from);
        return new Text(out.flip().toString());
    }
}
