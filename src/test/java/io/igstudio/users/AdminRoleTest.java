package io.igstudio.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminRoleTest {

    @Test
    void configuredIdsAreCommaSeparatedAndTrimmed() {
        assertEquals(Set.of("101", "202"), AdminRole.parse(" 101, 202 ,,"));
        assertEquals(Set.of(), AdminRole.parse(null));
        assertEquals(Set.of(), AdminRole.parse(" "));
    }
}
