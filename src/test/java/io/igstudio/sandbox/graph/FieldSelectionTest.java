package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldSelectionTest {

    @Test
    void parsesNestedExpansionInOrder() {
        FieldSelection f = FieldSelection.parse("id,name,access_token,instagram_business_account{id,username,name,"
                + "profile_picture_url,followers_count,media_count}");
        assertEquals(List.of("id", "name", "access_token", "instagram_business_account"), List.copyOf(f.names()));
        assertEquals(List.of("id", "username", "name", "profile_picture_url", "followers_count", "media_count"),
                List.copyOf(f.sub("instagram_business_account").names()));
        assertTrue(f.sub("name").isEmpty());
    }

    @Test
    void cursorAndTimeModifiersOfAnExpandedEdgeAreKeptForIt() {
        FieldSelection f = FieldSelection.parse("id,media.limit(2).after(QWJj).since(1700000000){id,timestamp}");
        assertEquals("QWJj", f.modifier("media", "after"));
        assertEquals("1700000000", f.modifier("media", "since"));
        assertEquals("2", f.limit("media"));
        assertEquals(null, f.modifier("media", "before"));
        assertEquals(null, f.modifier("id", "after"));
    }

    @Test
    void acceptsJsonListsSpacesAndModifiers() {
        assertEquals(List.of("id", "name"), List.copyOf(FieldSelection.parse("[\"id\",\"name\"]").names()));
        assertEquals(List.of("id", "accounts"), List.copyOf(FieldSelection.parse(" id , accounts.limit(5){ name } ").names()));
        assertEquals(Set.of("name"), FieldSelection.parse("accounts.limit(5){name}").sub("accounts").names());
    }

    @Test
    void emptyMeansDefaults() {
        assertTrue(FieldSelection.parse(null).isEmpty());
        assertEquals(List.of("id", "name"), List.copyOf(FieldSelection.parse("").orDefaults("id,name").names()));
    }

    @Test
    void syntaxErrorsAreMetasCode100() {
        for (String bad : List.of("id,", "id{name", "id}", "{name}", "a,,b", "[1,")) {
            GraphException e = assertThrows(GraphException.class, () -> FieldSelection.parse(bad), bad);
            assertEquals(100, e.error().code());
        }
    }

    @Test
    void unknownFieldIsNamedWithTheNodeType() {
        GraphException e = assertThrows(GraphException.class,
                () -> FieldSelection.parse("id,account_type").requireKnown(Set.of("id"), "IGUser"));
        assertEquals("(#100) Tried accessing nonexisting field (account_type) on node type (IGUser)", e.getMessage());
    }
}
