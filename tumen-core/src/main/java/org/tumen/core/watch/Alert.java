package org.tumen.core.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.tumen.core.json.ExtractionJson;

/**
 * One alert: what happened to what a watch covers, and why, in a sentence.
 *
 * @param event the fused event it is about ({@code tumen show EVENT} shows the evidence); for a place signal, the
 *     latest event of the signal
 * @param place the place it concerns, or null
 * @param at when the thing happened, as EDTF (the event's time, or the signal's date), or null when unknown
 * @param causeKey what makes it this alert and no other: one alert per cause, so re-ingesting changes nothing
 * @param raised when Tumen raised it
 */
public record Alert(
        AlertKind kind,
        String watch,
        String event,
        String place,
        String reason,
        String at,
        String causeKey,
        Instant raised) {
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(raised, "raised");
        if (causeKey.length() > 512) throw new IllegalArgumentException("cause key longer than 512: " + causeKey);
    }

    /**
     * A stable id drawn from the cause key: the same cause has the same id on every database and after every
     * restart, so a webhook receiver can drop a repeat by id.
     */
    public String id() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(causeKey.getBytes(StandardCharsets.UTF_8));
            return "al-" + HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The JSON of {@code tumen alerts --json} and of a webhook's body. */
    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", id());
        n.put("kind", kind.wire());
        n.put("watch", watch);
        n.put("event", event);
        n.put("place", place);
        n.put("reason", reason);
        n.put("at", at);
        n.put("raised", raised.toString());
        return n;
    }
}
