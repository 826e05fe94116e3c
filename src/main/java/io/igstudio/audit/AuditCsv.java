package io.igstudio.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as CSV (RFC 4180, UTC times). A cell that a spreadsheet would take for a formula
 * ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe (OWASP, "CSV Injection").
 */
final class AuditCsv {

    static final String HEADER = "time_utc,user_id,user_name,action,target,address,outcome,status";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            out.append(Stream.of(DateTimeFormatter.ISO_INSTANT.format(e.getOccurredAt()), e.getUserId(), e.getUserName(),
                            e.getAction(), e.getTarget(), e.getAddress(), e.getOutcome().name(), String.valueOf(e.getStatus()))
                    .map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
