package org.tumen.app.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.Match;
import org.tumen.core.screen.PartyType;
import org.tumen.core.screen.Screener;

/** Screens one name against the sanctions lists of a data folder: {@code tumen screen} and {@code GET /api/screen}. */
public final class Screening {
    private final Screener screener;

    public Screening(Path dataDir) {
        this.screener = new Screener(ListCatalog.forDataDir(dataDir));
    }

    /**
     * The best {@code limit} matches, best first.
     *
     * @param type person, entity, vessel or aircraft, or null for any
     * @param country an ISO3 code whose parties rank first, or null
     * @throws IllegalArgumentException for a blank name, an unknown type or a limit under 1
     */
    public List<Match> screen(String name, String type, String country, int limit) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("give a name to screen");
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        PartyType t = type == null ? null : PartyType.parse(type);
        return screener.screen(name, t, country).stream().limit(limit).toList();
    }

    public static ArrayNode json(List<Match> matches) {
        ArrayNode arr = ExtractionJson.MAPPER.createArrayNode();
        for (Match m : matches) {
            ObjectNode n = arr.addObject();
            n.put("score", Math.round(m.score() * 1000) / 1000.0);
            n.put("match", m.strong());
            n.put("list", m.list());
            n.put("reference", m.party().reference());
            n.put("type", m.party().type().name().toLowerCase());
            n.put("name", m.party().name());
            n.put("matchedName", m.matchedName());
            m.programmes().forEach(n.putArray("programmes")::add);
            m.features().forEach(n.putArray("features")::add);
            m.party().dob().forEach(n.putArray("dob")::add);
            m.party().nationalities().forEach(n.putArray("nationalities")::add);
            if (m.party().listedOn() != null)
                n.put("listedOn", m.party().listedOn().toString());
        }
        return arr;
    }
}
