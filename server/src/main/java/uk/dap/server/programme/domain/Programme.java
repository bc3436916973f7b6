package uk.dap.server.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.ProgrammeRules;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * One programme of the catalogue (Caring Dads, New Beginnings, Freedom, Gateway, DART). The code, name and audience
 * are fixed by the service; length, session duration and the completion rule are defaults a programme lead may change.
 */
@Entity
@Cacheable
@Table(name = "programme")
public class Programme {
    @Id
    private String code;
    private String name;
    private String audience;
    @Column(name = "length_weeks")
    private int lengthWeeks;
    @Column(name = "session_minutes")
    private int sessionMinutes;
    @Column(name = "min_attendance_percent")
    private int minAttendancePercent;
    @Column(name = "requires_final_session")
    private boolean requiresFinalSession;
    @Column(name = "requires_post_questionnaire")
    private boolean requiresPostQuestionnaire;
    @Column(name = "min_age_years")
    private Integer minAgeYears;
    @Column(name = "child_min_age")
    private Integer childMinAge;
    @Column(name = "child_max_age")
    private Integer childMaxAge;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_risk_level")
    private RiskLevel minRiskLevel;
    @Column(name = "default_capacity")
    private int defaultCapacity;
    @Column(name = "min_capacity")
    private int minCapacity;
    @Column(name = "max_capacity")
    private int maxCapacity;
    @Column(name = "facilitators_required")
    private int facilitatorsRequired;
    @Column(name = "dash_medium_from")
    private int dashMediumFrom;
    @Column(name = "dash_high_from")
    private int dashHighFrom;
    @Column(name = "late_after_minutes")
    private int lateAfterMinutes;
    @Column(name = "absences_before_alert")
    private int absencesBeforeAlert;
    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    /**
     * Applies a lead's new settings and says what changed, for the audit trail ("lengthWeeks 12 -> 14"); an empty
     * list means nothing changed.
     */
    public List<String> changeSettings(int lengthWeeks, int sessionMinutes, int minAttendancePercent,
                                       boolean requiresFinalSession, boolean requiresPostQuestionnaire) {
        List<String> changes = new ArrayList<>();
        if (this.lengthWeeks != lengthWeeks) {
            changes.add("lengthWeeks " + this.lengthWeeks + " -> " + lengthWeeks);
            this.lengthWeeks = lengthWeeks;
        }
        if (this.sessionMinutes != sessionMinutes) {
            changes.add("sessionMinutes " + this.sessionMinutes + " -> " + sessionMinutes);
            this.sessionMinutes = sessionMinutes;
        }
        if (this.minAttendancePercent != minAttendancePercent) {
            changes.add("minAttendancePercent " + this.minAttendancePercent + " -> " + minAttendancePercent);
            this.minAttendancePercent = minAttendancePercent;
        }
        if (this.requiresFinalSession != requiresFinalSession) {
            changes.add("requiresFinalSession " + this.requiresFinalSession + " -> " + requiresFinalSession);
            this.requiresFinalSession = requiresFinalSession;
        }
        if (this.requiresPostQuestionnaire != requiresPostQuestionnaire) {
            changes.add("requiresPostQuestionnaire " + this.requiresPostQuestionnaire + " -> " + requiresPostQuestionnaire);
            this.requiresPostQuestionnaire = requiresPostQuestionnaire;
        }
        return changes;
    }

    /**
     * Applies a lead's new rule values (ages, capacity, facilitators, DASH bands) and says what changed. Values that
     * make no sense together are refused whole, so a programme is never left half-changed.
     */
    public List<String> changeRules(ProgrammeRules rules) {
        int newMin = orElse(rules.minCapacity(), minCapacity);
        int newMax = orElse(rules.maxCapacity(), maxCapacity);
        int newDefault = orElse(rules.defaultCapacity(), defaultCapacity);
        int newMedium = orElse(rules.dashMediumFrom(), dashMediumFrom);
        int newHigh = orElse(rules.dashHighFrom(), dashHighFrom);
        int newFacilitators = orElse(rules.facilitatorsRequired(), facilitatorsRequired);
        if (newMin < 1 || newMax > 50 || newMin > newMax || newDefault < newMin || newDefault > newMax) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Capacities must satisfy 1 <= minimum <= default <= maximum <= 50.");
        }
        if (newMedium < 1 || newHigh > 24 || newMedium >= newHigh) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "The DASH bands must satisfy 1 <= medium from < high from <= 24.");
        }
        int newLate = orElse(rules.lateAfterMinutes(), lateAfterMinutes);
        int newAbsences = orElse(rules.absencesBeforeAlert(), absencesBeforeAlert);
        if (newLate < 0 || newLate > 120) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Late means 0 to 120 minutes after the start.");
        }
        if (newAbsences < 1 || newAbsences > 10) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Alert after 1 to 10 unexplained absences in a row.");
        }
        if (newFacilitators < 1 || newFacilitators > 4) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A cohort needs 1 to 4 facilitators.");
        }
        Integer childMin = rules.childMinAge() != null ? rules.childMinAge() : childMinAge;
        Integer childMax = rules.childMaxAge() != null ? rules.childMaxAge() : childMaxAge;
        if (childMin != null && childMax != null && (childMin < 0 || childMax > 18 || childMin > childMax)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Children's ages must satisfy 0 <= from <= to <= 18.");
        }
        Integer minAge = rules.minAgeYears() != null ? rules.minAgeYears() : minAgeYears;
        if (minAge != null && (minAge < 16 || minAge > 99)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The minimum age must be from 16 to 99.");
        }
        RiskLevel minRisk = rules.minRiskLevel() != null ? rules.minRiskLevel() : minRiskLevel;
        List<String> changes = new ArrayList<>();
        note(changes, "minAgeYears", minAgeYears, minAge);
        note(changes, "childMinAge", childMinAge, childMin);
        note(changes, "childMaxAge", childMaxAge, childMax);
        note(changes, "minRiskLevel", minRiskLevel, minRisk);
        note(changes, "defaultCapacity", defaultCapacity, newDefault);
        note(changes, "minCapacity", minCapacity, newMin);
        note(changes, "maxCapacity", maxCapacity, newMax);
        note(changes, "facilitatorsRequired", facilitatorsRequired, newFacilitators);
        note(changes, "dashMediumFrom", dashMediumFrom, newMedium);
        note(changes, "dashHighFrom", dashHighFrom, newHigh);
        note(changes, "lateAfterMinutes", lateAfterMinutes, newLate);
        note(changes, "absencesBeforeAlert", absencesBeforeAlert, newAbsences);
        minAgeYears = minAge;
        childMinAge = childMin;
        childMaxAge = childMax;
        minRiskLevel = minRisk;
        defaultCapacity = newDefault;
        minCapacity = newMin;
        maxCapacity = newMax;
        facilitatorsRequired = newFacilitators;
        dashMediumFrom = newMedium;
        dashHighFrom = newHigh;
        lateAfterMinutes = newLate;
        absencesBeforeAlert = newAbsences;
        return changes;
    }

    /** The level a DASH score gives by this programme's bands. */
    public RiskLevel riskLevelFor(int dashScore) {
        if (dashScore >= dashHighFrom) {
            return RiskLevel.HIGH;
        }
        return dashScore >= dashMediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }

    /** Freedom and Gateway take self-referrals (entered by staff); the others need a referring agency. */
    public boolean acceptsSelfReferral() {
        return "FREEDOM".equals(code) || "GATEWAY".equals(code);
    }

    /** DART enrols a mother with her children as one family. */
    public boolean enrolsFamilies() {
        return "DART".equals(code);
    }

    public ProgrammeRules rules() {
        return new ProgrammeRules(minAgeYears, childMinAge, childMaxAge, minRiskLevel, defaultCapacity, minCapacity,
                maxCapacity, facilitatorsRequired, dashMediumFrom, dashHighFrom, lateAfterMinutes, absencesBeforeAlert);
    }

    private static int orElse(Integer value, int current) {
        return value == null ? current : value;
    }

    private static void note(List<String> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + " " + before + " -> " + after);
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String audience() {
        return audience;
    }

    public int lengthWeeks() {
        return lengthWeeks;
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    public boolean requiresFinalSession() {
        return requiresFinalSession;
    }

    public boolean requiresPostQuestionnaire() {
        return requiresPostQuestionnaire;
    }

    public long version() {
        return version;
    }
}
