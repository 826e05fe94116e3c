package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only Meta's digit ids become a Graph path segment (issue 15). */
class GraphIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"17841400000000101", "1", "100000000000001"})
    void digitsAreOnePathSegment(String id) {
        assertEquals(id, GraphIds.segment(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"me/accounts", "../../oauth/access_token", "..", "1?fields=id", "1#x", "12 3", "%2F",
            "me", "1/", "١٢٣"})
    void anythingElseIsRefusedBeforeACall(String id) {
        assertThrows(GraphIds.InvalidGraphIdException.class, () -> GraphIds.segment(id));
    }
}
