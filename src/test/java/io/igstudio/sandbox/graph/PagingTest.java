package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void firstPageOfTwentySevenHasTwentyFiveAndANext() {
        Paging first = Paging.window(27, null, null, null);
        assertEquals(0, first.from());
        assertEquals(25, first.to());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
    }

    @Test
    void afterTheLastCursorComesTheRestWithoutNext() {
        Paging first = Paging.window(27, null, null, null);
        Paging second = Paging.window(27, null, first.afterCursor(), null);
        assertEquals(25, second.from());
        assertEquals(27, second.to());
        assertFalse(second.hasNext());
        assertTrue(second.hasPrevious());
        Paging back = Paging.window(27, null, null, second.beforeCursor());
        assertEquals(0, back.from());
        assertEquals(25, back.to());
    }

    @Test
    void limitIsHonouredAndCapped() {
        assertEquals(2, Paging.window(27, "2", null, null).size());
        assertEquals(27, Paging.window(27, "500", null, null).size());
        assertEquals(100, Paging.limit("500"));
        assertThrows(GraphException.class, () -> Paging.window(27, "x", null, null));
    }

    @Test
    void cursorsAreOpaqueAndChecked() {
        assertTrue(Paging.encode(3, 10).matches("[A-Za-z0-9_-]{8,}"));
        assertEquals(3, Paging.decode(Paging.encode(3, 10), 10));
        assertThrows(GraphException.class, () -> Paging.decode("bm90LWEtY3Vyc29y", 10));
        assertThrows(GraphException.class, () -> Paging.decode("%%%", 10));
    }

    @Test
    void listingHasMetasShapeWithAbsoluteLinks() {
        List<Integer> items = IntStream.range(0, 27).boxed().toList();
        Map<String, List<String>> query = Map.of("fields", List.of("id,name"), "access_token", List.of("EAAS1"));
        String edge = "http://localhost:8181/sandbox/meta/v26.0/me/accounts";
        JsonObject first = PageListing.of(items, Paging.window(27, null, null, null),
                i -> Json.createObjectBuilder().add("id", String.valueOf(i)).build(), edge, query);
        assertEquals(25, first.getJsonArray("data").size());
        JsonObject paging = first.getJsonObject("paging");
        assertTrue(paging.getJsonObject("cursors").containsKey("before"));
        assertTrue(paging.getString("next").startsWith(edge + "?"));
        assertTrue(paging.getString("next").contains("access_token=EAAS1"));
        assertTrue(paging.getString("next").contains("limit=25"));
        assertFalse(paging.containsKey("previous"));

        JsonObject empty = PageListing.of(List.<Integer>of(), Paging.window(0, null, null, null),
                i -> Json.createObjectBuilder().build(), edge, query);
        assertEquals("{\"data\":[]}", empty.toString());
    }

    @Test
    void aCursorIssuedBeforeTheEdgeChangedIsRefusedWithMetas2642() {
        String after = Paging.window(30, "10", null, null).afterCursor();
        assertEquals(10, Paging.window(30, "10", after, null).from());
        GraphException stale = assertThrows(GraphException.class, () -> Paging.window(29, "10", after, null));
        assertEquals(2642, stale.error().code());
        assertEquals("(#2642) Invalid cursors values", stale.error().message());
    }
}
