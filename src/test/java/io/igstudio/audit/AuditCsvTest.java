package io.igstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("", AuditCsv.cell(null));
        assertEquals("plain", AuditCsv.cell("plain"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", AuditCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'@SUM(A1)\"", AuditCsv.cell("@SUM(A1)"));
    }

    @Test
    void oneLinePerEntryAfterTheHeader() {
        var entry = new AuditEntry(Instant.parse("2026-11-26T06:00:00Z"), "u1", "Ben Carter", "admin.people.suspend",
                "u2", "127.0.0.1", Outcome.OK, 303);
        assertEquals(AuditCsv.HEADER + "\r\n2026-11-26T06:00:00Z,u1,Ben Carter,admin.people.suspend,u2,127.0.0.1,OK,303\r\n",
                AuditCsv.of(List.of(entry)));
    }

    @Test
    void outcomesFollowTheStatus() {
        assertEquals(Outcome.OK, Outcome.of(303));
        assertEquals(Outcome.REFUSED, Outcome.of(403));
        assertEquals(Outcome.ERROR, Outcome.of(502));
    }
}
