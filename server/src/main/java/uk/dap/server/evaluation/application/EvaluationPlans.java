package uk.dap.server.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.evaluation.domain.EvaluationPlan;
import uk.dap.server.evaluation.domain.PlannedInstrument;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.evaluation.EvaluationPlanChange;
import uk.dap.shared.api.evaluation.EvaluationPlanView;
import uk.dap.shared.api.evaluation.PlanEntry;

/** Each programme's evaluation plan: read by staff, changed only by a lead of that programme (audited). */
@ApplicationScoped
public class EvaluationPlans {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ProgrammeCatalogue programmes;
    @Inject
    InstrumentCatalogue instruments;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<EvaluationPlanView> list() {
        return all().stream().map(this::view).toList();
    }

    @Transactional
    public EvaluationPlanView get(String programme) {
        return view(require(programme));
    }

    @Transactional
    public EvaluationPlanView change(String programmeCode, EvaluationPlanChange change) {
        EvaluationPlan plan = require(programmeCode);
        Caller caller = currentCaller.require();
        leads.requireLeadOf(caller, plan.programmeCode(), "Only a lead of " + name(plan) + " may change its evaluation plan.");
        if (plan.version() != change.version()) {
            throw new DomainException(ProblemType.STALE_VERSION, "The evaluation plan of " + name(plan)
                    + " was changed by someone else since you opened it. Reload it and make your change again.");
        }
        List<PlannedInstrument> next = new ArrayList<>();
        int position = 1;
        for (PlanEntry entry : change.entries()) {
            if (entry == null || entry.stage() == null || entry.instrument() == null) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Each entry needs a stage (PRE, POST or FOLLOW_UP) and an instrument.");
            }
            instruments.require(entry.instrument());
            next.add(new PlannedInstrument(entry.stage(), entry.instrument(), position++));
        }
        List<String> changes = plan.change(change.followUpMonths(), next);
        if (!changes.isEmpty()) {
            em.flush();
            audit.record("CHANGE_EVALUATION_PLAN", "Programme", plan.programmeCode(), AuditOutcome.SUCCESS, String.join("; ", changes));
        }
        return view(plan);
    }

    /** Every programme's plan. */
    public List<EvaluationPlan> all() {
        return em.createQuery("SELECT p FROM EvaluationPlan p ORDER BY p.programmeCode", EvaluationPlan.class).getResultList();
    }

    /** The plan of the programme; a 400 for a programme there is not. */
    public EvaluationPlan require(String programmeCode) {
        Programme programme = programmes.require(programmeCode);
        EvaluationPlan plan = em.find(EvaluationPlan.class, programme.code());
        if (plan == null) {
            throw new DomainException(ProblemType.NOT_FOUND, programme.name() + " has no evaluation plan.");
        }
        return plan;
    }

    private String name(EvaluationPlan plan) {
        return em.find(Programme.class, plan.programmeCode()).name();
    }

    private EvaluationPlanView view(EvaluationPlan plan) {
        return new EvaluationPlanView(plan.programmeCode(), name(plan), plan.followUpMonths(),
                plan.entries().stream().map(e -> new PlanEntry(e.stage(), e.instrumentCode())).toList(), plan.version());
    }
}
