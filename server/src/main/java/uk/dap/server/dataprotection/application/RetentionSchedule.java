package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.dataprotection.domain.RetentionRule;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.api.dataprotection.RetentionChange;
import uk.dap.shared.api.dataprotection.RetentionRuleView;

/** The retention schedule as data: read by anyone who manages retention, changed by an administrator, every change audited. */
@ApplicationScoped
public class RetentionSchedule {
    static final String TYPE = "RetentionSchedule";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public List<RetentionRuleView> read() {
        access.require(currentCaller.require(), Permission.MANAGE_RETENTION);
        return rules().values().stream().sorted(Comparator.comparing(RetentionRule::kind)).map(RetentionSchedule::view).toList();
    }

    @Transactional
    public RetentionRuleView change(RecordKind kind, RetentionChange change) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.MANAGE_RETENTION);
        RetentionRule rule = em.find(RetentionRule.class, kind);
        if (rule == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "The schedule has no line for " + kind + ".");
        }
        int before = rule.periodMonths();
        rule.change(change.periodMonths(), caller.username(), clock.instant());
        // The reason is the administrator's own words about a policy, never about a person.
        audit.record("CHANGE_RETENTION", TYPE, kind.name(), AuditOutcome.SUCCESS,
                before + " -> " + change.periodMonths() + " months: " + change.reason().trim());
        return view(rule);
    }

    /** Every kind's rule, for a run. */
    Map<RecordKind, RetentionRule> rules() {
        Map<RecordKind, RetentionRule> rules = new EnumMap<>(RecordKind.class);
        em.createQuery("SELECT r FROM RetentionRule r", RetentionRule.class).getResultList().forEach(rule -> rules.put(rule.kind(), rule));
        return rules;
    }

    static RetentionRuleView view(RetentionRule rule) {
        RecordKind kind = rule.kind();
        return new RetentionRuleView(kind, kind.label(), kind.removes(), rule.periodMonths(), kind.start(), kind.start().label(),
                rule.changedBy(), rule.changedAt());
    }
}
