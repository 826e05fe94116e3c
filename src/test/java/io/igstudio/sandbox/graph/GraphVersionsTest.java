package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class GraphVersionsTest {

    @Test
    void availableVersionsAreServedAsAsked() {
        assertEquals(new GraphVersions.Serve("v26.0"), GraphVersions.decide("v26.0", "v26.0"));
        assertEquals(new GraphVersions.Serve("v22.0"), GraphVersions.decide("v22.0", "v26.0"));
        assertEquals(new GraphVersions.Serve("v27.0"), GraphVersions.decide("v27.0", "v26.0"));
    }

    @Test
    void aVersionPastItsEndIsServedAsTheOldestAvailable() {
        assertEquals(new GraphVersions.Serve("v22.0"), GraphVersions.decide("v12.0", "v26.0"));
        assertEquals(new GraphVersions.Serve("v22.0"), GraphVersions.decide("v2.3", "v26.0"));
    }

    @Test
    void unknownVersionsAreUnknownPathComponents() {
        assertInstanceOf(GraphVersions.Unknown.class, GraphVersions.decide("v99.0", "v26.0"));
        assertInstanceOf(GraphVersions.Unknown.class, GraphVersions.decide("v26.1", "v26.0"));
        assertInstanceOf(GraphVersions.Unknown.class, GraphVersions.decide("v26", "v26.0"));
    }

    @Test
    void anUnversionedPathGetsTheDefaultVersion() {
        assertEquals(new GraphVersions.Insert("v26.0"), GraphVersions.decide("me", "v26.0"));
        assertEquals(new GraphVersions.Insert("v25.0"), GraphVersions.decide("debug_token", "v25.0"));
    }
}
