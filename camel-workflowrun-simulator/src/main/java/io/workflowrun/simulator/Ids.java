package io.workflowrun.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/** Realistic IDs, as the real services hand them out. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A MongoDB ObjectId: 24 lower-case hex digits. */
    public static String objectId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
