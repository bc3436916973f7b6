package uk.dap.server.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.evaluation.Stage;

/**
 * A programme's evaluation plan: which instrument is given at which stage, and how many months after the end the
 * follow-up is due. Data, so that a programme lead changes it without a code change.
 */
@Entity
@Table(name = "evaluation_plan")
public class EvaluationPlan {
    @Id
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "follow_up_months")
    private int followUpMonths;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_plan_entry", joinColumns = @JoinColumn(name = "programme_code"))
    private List<PlannedInstrument> entries = new ArrayList<>();
    @Version
    private long version;

    protected EvaluationPlan() {
        // for JPA
    }

    public String programmeCode() {
        return programmeCode;
    }

    public int followUpMonths() {
        return followUpMonths;
    }

    public long version() {
        return version;
    }

    /** The entries in the order the lead gave them. */
    public List<PlannedInstrument> entries() {
        return entries.stream().sorted(Comparator.comparingInt(PlannedInstrument::position)).toList();
    }

    public List<String> instrumentsAt(Stage stage) {
        return entries().stream().filter(e -> e.stage() == stage).map(PlannedInstrument::instrumentCode).toList();
    }

    public boolean gives(Stage stage, String instrument) {
        return instrumentsAt(stage).contains(instrument);
    }

    /**
     * Replaces the plan; refuses an entry given twice. Returns what changed, for the audit trail (codes and numbers
     * only).
     */
    public List<String> change(int followUpMonths, List<PlannedInstrument> next) {
        Set<String> seen = new HashSet<>();
        for (PlannedInstrument entry : next) {
            if (!seen.add(entry.stage() + " " + entry.instrumentCode())) {
                throw new DomainException(ProblemType.VALIDATION_FAILED,
                        entry.instrumentCode() + " is given at " + entry.stage() + " twice; list it once.");
            }
        }
        List<String> changes = new ArrayList<>();
        if (this.followUpMonths != followUpMonths) {
            changes.add("followUpMonths " + this.followUpMonths + " -> " + followUpMonths);
            this.followUpMonths = followUpMonths;
        }
        String before = describe(entries());
        String after = describe(next);
        if (!before.equals(after)) {
            changes.add("entries " + before + " -> " + after);
            entries.clear();
            entries.addAll(next);
        }
        return changes;
    }

    private static String describe(List<PlannedInstrument> list) {
        return list.stream().sorted(Comparator.comparingInt(PlannedInstrument::position))
                .map(e -> e.stage() + ":" + e.instrumentCode()).toList().toString();
    }
}
