package org.tumen.core.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code type--UUIDv5(Tumen namespace, key)}. STIX 2.1 (section 2.9) says SDO ids
 * SHOULD be version 4; we take version 5, which the specification permits, because the same Tumen event must keep
 * the same STIX id on every export, or a consumer would see a duplicate instead of an update. The JDK offers only
 * version 3 (MD5), so version 5 (RFC 9562, SHA-1) is these few lines.
 */
final class StixIds {
    /** Tumen's namespace for STIX ids; fixed forever, since changing it changes every exported id. */
    static final UUID NAMESPACE = UUID.fromString("6f1d2c0e-5b8a-4c3e-9d27-7e0b1a4f8c21");

    private StixIds() {}

    static String id(String type, String key) {
        return type + "--" + uuid5(NAMESPACE, type + ":" + key);
    }

    static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
