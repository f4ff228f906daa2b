package org.tumen.store;

import java.util.Objects;
import org.tumen.core.schema.Schema;

/**
 * What produced a stored report's events (STYLE habit 12): the Tumen version, the models, the rule set. Stored with
 * every report so that results read by different versions can be told apart and re-run.
 *
 * @param modelVersions the language models, e.g. the annotator's own description
 * @param ruleSetVersion the extraction rules and schema version
 */
public record Provenance(String tumenVersion, String modelVersions, String ruleSetVersion) {
    public Provenance {
        Objects.requireNonNull(tumenVersion, "tumenVersion");
        Objects.requireNonNull(modelVersions, "modelVersions");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    }

    /** This build of Tumen with the given models, and the schema's version as the rule set. */
    public static Provenance current(String modelVersions) {
        return new Provenance(
                buildVersion(), modelVersions, "schema-" + Schema.get().version());
    }

    static String buildVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        // run from classes (tests, IDE) there is no manifest; say so rather than guess a number
        return v != null ? v : "dev";
    }
}
