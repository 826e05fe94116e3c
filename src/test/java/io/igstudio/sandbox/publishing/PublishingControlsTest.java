package io.igstudio.sandbox.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.sandbox.store.InMemorySandbox;
import org.junit.jupiter.api.Test;

/** The publishing settings kept in memory between changes: a change applies to the very next publishing call. */
class PublishingControlsTest {

    static final String BAKERY = "17841400000000101";

    @Test
    void aChangedSettingAppliesToTheNextCall() throws Exception {
        PublishingControls controls = new PublishingControls();
        controls.db = InMemorySandbox.database("publishing-controls");
        controls.defaultQuota = 50;
        controls.defaultProcessingSeconds = 10;
        assertEquals(50, controls.of(BAKERY).quotaTotal(), "the default before any change");

        controls.set(BAKERY, 3, null, null);
        assertEquals(3, controls.of(BAKERY).quotaTotal(), "set: seen at once");
        assertEquals(10, controls.of(BAKERY).processingSeconds(), "the other settings kept");

        controls.set(BAKERY, null, 30, true);
        assertEquals(3, controls.of(BAKERY).quotaTotal());
        assertEquals(30, controls.of(BAKERY).processingSeconds());
        assertTrue(controls.of(BAKERY).failVideos());
        assertEquals(50, controls.of("17841400000000102").quotaTotal(), "another account keeps the default");
    }
}
