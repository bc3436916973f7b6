package uk.dap.server.report.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The children who started (attended a session with their mother) as the prepared row keeps them
 * (report_enrolment.children_started): their ids, comma-separated; empty for none. The one place that writes and reads
 * that text.
 */
final class PreparedChildren {
    private PreparedChildren() {
    }

    static String write(List<Long> children) {
        return children.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> read(String children) {
        List<Long> ids = new ArrayList<>();
        if (children != null && !children.isEmpty()) {
            for (String id : children.split(",")) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }
}
