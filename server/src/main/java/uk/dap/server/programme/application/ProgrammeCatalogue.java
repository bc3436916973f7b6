package uk.dap.server.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.programme.domain.ReferralForms;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.ProgrammeCodes;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.ProgrammeSettings;
import uk.dap.shared.api.ProgrammeView;

/** The programme catalogue: listing, and a lead changing a programme's configurable values (audited). */
@ApplicationScoped
public class ProgrammeCatalogue implements ProgrammeCodes {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ProgrammeLeads leads;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentCaller currentCaller;

    @Transactional
    public List<ProgrammeView> list() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.name", Programme.class).getResultStream()
                .map(ProgrammeCatalogue::view).toList();
    }

    @Transactional
    public ProgrammeView changeSettings(String code, ProgrammeSettings settings) {
        Programme programme = em.find(Programme.class, code);
        if (programme == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no programme '" + code
                    + "'. The codes are CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY and DART.");
        }
        Caller caller = currentCaller.require();
        leads.requireLeadOf(caller, programme.code(), "Only a lead of " + programme.name() + " may change its settings.");
        if (programme.version() != settings.version()) {
            throw new DomainException(ProblemType.STALE_VERSION, programme.name()
                    + " was changed by someone else since you opened it. Reload it and make your change again.");
        }
        List<String> changes = programme.changeSettings(settings.lengthWeeks(), settings.sessionMinutes(),
                settings.minAttendancePercent(), settings.requiresFinalSession(), settings.requiresPostQuestionnaire());
        if (settings.rules() != null) {
            changes = new java.util.ArrayList<>(changes);
            changes.addAll(programme.changeRules(settings.rules()));
        }
        if (!changes.isEmpty()) {
            em.flush();
            audit.record("CHANGE_SETTINGS", "Programme", code, AuditOutcome.SUCCESS, String.join("; ", changes));
        }
        return view(programme);
    }

    /** The programme with this code, or a 400 naming the codes there are. */
    @Override
    public boolean exists(String code) {
        return code != null && em.find(Programme.class, code) != null;
    }

    public Programme require(String code) {
        Programme programme = code == null ? null : em.find(Programme.class, code);
        if (programme == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "There is no programme '" + code
                    + "'. The codes are CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY and DART.");
        }
        return programme;
    }

    static ProgrammeView view(Programme p) {
        return new ProgrammeView(p.code(), p.name(), p.audience(), p.lengthWeeks(), p.sessionMinutes(),
                new ProgrammeView.CompletionRule(p.minAttendancePercent(), p.requiresFinalSession(), p.requiresPostQuestionnaire()),
                p.rules(),
                p.version(), ReferralForms.genders(p.code()), ReferralForms.questions(p.code()));
    }
}
