package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tumen.store.EntityMatch;
import org.tumen.store.EntityQuery;
import org.tumen.store.EntityView;
import org.tumen.store.EventQuery;

/**
 * {@code /entities}: stored entities, listed ones first; {@code /entities/{id}}: one entity's names, sanctions-list
 * matches, its {@value #EVENTS} most likely events and a graph of the parties those events join it to.
 */
public final class EntityPage {
    private static final int EVENTS = 50;

    public record ListModel(List<EntityView> entities, String kind, boolean listed) {}

    public record Model(EntityView entity, List<String> names, List<EventCard> events, String graph) {}

    record Node(String id, String label, boolean self) {}

    record Edge(String source, String target, String label, String event) {}

    private EntityPage() {}

    static void list(Ui ui, Context ctx) {
        String kind = Params.text(ctx, "kind");
        boolean listed = "on".equals(ctx.queryParam("listed")) || "true".equals(ctx.queryParam("listed"));
        List<EntityView> entities = ui.context().store().entities(new EntityQuery(kind, listed, 200));
        ui.page(ctx, "entities.jte", new ListModel(entities, kind, listed));
    }

    /** A party as an event names it (code or name) to its entity page. */
    static void find(Ui ui, Context ctx) {
        String name = Params.text(ctx, "name");
        Optional<EntityView> e =
                name == null ? Optional.empty() : ui.context().store().entityNamed(name);
        if (e.isPresent()) ctx.redirect("/entities/" + e.get().id());
        else ui.notFound(ctx, "No stored entity is named " + name + ".");
    }

    static void show(Ui ui, Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ui.notFound(ctx, "No entity " + ctx.pathParam("id") + ".");
            return;
        }
        Optional<EntityView> found = ui.context().store().entity(id);
        if (found.isEmpty()) {
            ui.notFound(ctx, "No entity " + id + ".");
            return;
        }
        EntityView e = found.get();
        String party = e.code() != null ? e.code() : e.name();
        List<EventCard> events =
                ui
                        .context()
                        .store()
                        .events(EventQuery.builder().party(party).limit(EVENTS).build())
                        .stream()
                        .map(EventCard::of)
                        .toList();
        ui.page(ctx, "entity.jte", new Model(e, names(e), events, graph(e, party, events)));
    }

    /** The names it goes by here: its own, its code's common name, and the list entries its name matched. */
    static List<String> names(EntityView e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        if (e.code() != null) {
            names.add(e.code());
            names.add(EventCard.name(e.code()));
        }
        for (EntityMatch m : e.matches()) {
            names.add(m.matchedName());
            names.add(m.listedName());
        }
        return List.copyOf(names);
    }

    /** The entity and every party its events name, joined by one edge per event (origin to destination). */
    static String graph(EntityView e, String self, List<EventCard> events) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(self, new Node(self, e.name(), true));
        List<Edge> edges = new java.util.ArrayList<>();
        for (EventCard ev : events) {
            List<EventCard.Party> ps = ev.parties();
            for (EventCard.Party p : ps) nodes.putIfAbsent(p.value(), new Node(p.value(), p.name(), false));
            for (int i = 0; i + 1 < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    if (!ps.get(i).value().equals(ps.get(j).value()))
                        edges.add(new Edge(ps.get(i).value(), ps.get(j).value(), ev.typeLabel(), ev.id()));
                }
            }
        }
        return SafeJson.of(Map.of("nodes", nodes.values(), "edges", edges));
    }
}
