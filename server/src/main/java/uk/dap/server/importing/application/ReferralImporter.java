package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.server.referral.application.HistoricReferral;
import uk.dap.server.referral.application.Referrals;
import uk.dap.server.referral.domain.EligibilityDecision;
import uk.dap.server.referral.domain.Referral;
import uk.dap.server.referral.domain.RiskAssessment;
import uk.dap.server.importing.domain.ImportCells;
import uk.dap.server.importing.domain.ImportDates;
import uk.dap.shared.text.UkDates;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.DecisionKind;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * Referrals with their consent, risk and eligibility decision, one row each, made by {@link Referrals#importHistoric}
 * (docs/import.md). The people (and, for DART, their children) come in first.
 */
@ApplicationScoped
public class ReferralImporter extends KindOfRecord {
    static final String KIND = "referrals";
    static final Column REFERENCE = Column.required("Referral reference",
            "your own reference for this referral, up to 60 characters; later files name the referral by it", "CD-REF-2019-017");
    static final Column PERSON = Column.required("Person's service reference",
            "the person's Service reference from the participants' file, or their reference here (P-000123)", "CD-2019-0042");
    static final Column PROGRAMME = Column.required("Programme", "Caring Dads, New Beginnings, Freedom, Gateway or DART", "Caring Dads");
    static final Column REFERRED_ON = Column.required("Referred on", "the day the referral was made, from 1 Jan 2000 to today", "14 Jan 2019");
    static final Column AGENCY_TYPE = Column.required("Agency type", "Children's social care, Adult social care, Probation, Police, Health,"
            + " IDVA service, Voluntary sector or Self-referral (Freedom and Gateway only)", "Children's social care");
    static final Column AGENCY = Column.optional("Referring agency", "up to 120 characters; needed unless a self-referral", "Exampleshire Children's Services");
    static final Column CONTACT = Column.optional("Contact at the agency", "up to 120 characters; needed unless a self-referral", "A. Worker");
    static final Column REASON = Column.required("Reason for referral", "up to 2,000 characters", "Concerns about conflict at home");
    static final Column CHILDREN = Column.optional("Children coming (DART)",
            "for DART only: the Child references of the children who come with their mother, separated by semicolons", "");
    static final Column CONSENT_ON = Column.optional("Consent to referral given on", "a date; empty when not recorded", "10 Jan 2019");
    static final Column CONSENT_BY = Column.optional("Consent obtained by", "who obtained it, up to 100 characters", "A. Worker");
    static final Column PARTNER_CONSENT_ON = Column.optional("Consent to partner contact given on", "a date; empty when not given", "");
    static final Column DASH = Column.optional("DASH score", "the number of yes answers, 0 to 24", "9");
    static final Column JUDGED = Column.optional("Risk level by judgement", "Standard, Medium or High, when raised by professional judgement", "");
    static final Column JUDGED_WHY = Column.optional("Why that level", "up to 500 characters; needed with a level by judgement", "");
    static final Column MARAC_OPEN = Column.optional("Open to MARAC", "Yes or No", "No");
    static final Column LAST_MARAC = Column.optional("Last MARAC", "a date", "");
    static final Column DECISION = Column.optional("Decision", "Accept, Decline or Defer; empty when not yet decided", "Accept");
    static final Column DECIDED_ON = Column.optional("Decided on", "a date, not before the referral; needed with a decision", "1 Feb 2019");
    static final Column DECIDED_BY = Column.optional("Decided by", "who decided, up to 100 characters; needed with a decision", "B. Lead");
    static final Column DECISION_REASON = Column.optional("Reason for decision", "up to 500 characters; needed with a decision", "Meets the criteria");
    static final Column JUSTIFICATION = Column.optional("Justification", "up to 2,000 characters: why, when the decision went against the criteria", "");
    private static final List<Column> COLUMNS = List.of(REFERENCE, PERSON, PROGRAMME, REFERRED_ON, AGENCY_TYPE, AGENCY, CONTACT, REASON,
            CHILDREN, CONSENT_ON, CONSENT_BY, PARTNER_CONSENT_ON, DASH, JUDGED, JUDGED_WHY, MARAC_OPEN, LAST_MARAC, DECISION, DECIDED_ON,
            DECIDED_BY, DECISION_REASON, JUSTIFICATION);

    public ReferralImporter() {
        super(KIND, "Referrals", 4,
                "One row per referral to a programme, with its consent, risk and the eligibility decision; import the people first.",
                COLUMNS);
    }

    @Inject
    Referrals referrals;
    @Inject
    ParticipantImporter people;
    @Inject
    ImportLookups lookups;
    @Inject
    ExternalIds externalIds;

    @Override
    public Outcome take(ImportRow row, ImportRun run) {
        String reference = run.reference(row, REFERENCE);
        if (reference != null && lookups.referralIdOf(reference) != null) {
            return Outcome.ALREADY_IMPORTED;
        }
        HistoricReferral referral = referral(row, run.today());
        if (row.hasProblems()) {
            return Outcome.REFUSED;
        }
        return written(row, null, () -> {
            externalIds.remember(KIND, reference, referrals.importHistoric(referral).id(), run.id());
            return Outcome.CREATED;
        });
    }

    private HistoricReferral referral(ImportRow row, LocalDate today) {
        Long person = people.person(row, PERSON);
        String programme = lookups.programme(row, PROGRAMME);
        LocalDate referredOn = row.date(REFERRED_ON, ImportDates.EARLIEST, today);
        AgencyType agencyType = row.choice(AGENCY_TYPE, AgencyType.class, AgencyType::label);
        List<Long> family = new ArrayList<>();
        for (String child : row.items(CHILDREN)) {
            family.add(lookups.child(row, CHILDREN, child));
        }
        Integer dash = row.whole(DASH, 0, 24);
        RiskLevel judged = row.choice(JUDGED, RiskLevel.class, RiskLevel::label);
        String judgedWhy = row.multiLineText(JUDGED_WHY, 500);
        if (judged != null && judgedWhy == null) {
            row.problem(JUDGED_WHY, "Say why the level was raised by judgement.");
        }
        Boolean maracOpen = row.yesNo(MARAC_OPEN);
        LocalDate lastMarac = row.date(LAST_MARAC, ImportDates.EARLIEST, today);
        NewRisk risk = dash == null && judged == null && maracOpen == null && lastMarac == null ? null
                : new NewRisk(dash, judged, judgedWhy, maracOpen, lastMarac);
        DecisionKind decision = row.choice(DECISION, DecisionKind.class, DecisionKind::label);
        LocalDate decidedOn = row.date(DECIDED_ON, ImportDates.EARLIEST, today);
        String decidedBy = row.text(DECIDED_BY, 100);
        String decisionReason = row.multiLineText(DECISION_REASON, 500);
        if (decision != null) {
            needed(row, DECIDED_ON, decidedOn, "the day of the decision");
            needed(row, DECIDED_BY, decidedBy, "who made the decision");
            needed(row, DECISION_REASON, decisionReason, "the reason for the decision");
        }
        return new HistoricReferral(person, programme, agencyType, row.text(AGENCY, 120), row.text(CONTACT, 120), referredOn,
                row.multiLineText(REASON, 2000), family, row.date(CONSENT_ON, ImportDates.EARLIEST, today), row.text(CONSENT_BY, 100),
                row.date(PARTNER_CONSENT_ON, ImportDates.EARLIEST, today), risk, decision, decidedOn, decidedBy, decisionReason,
                row.multiLineText(JUSTIFICATION, 2000));
    }

    private static void needed(ImportRow row, Column column, Object value, String what) {
        if (value == null && row.raw(column) == null) {
            row.problem(column, "A decision needs " + what + ": fill in '" + column.heading() + "'.");
        }
    }

    /**
     * The referrals the caller may see, in the template's columns: each named by the reference it came in with, or
     * made here, as the service writes it (R-000123), so that the export comes back in as it is; the person likewise.
     */
    @Override
    public List<List<String>> exportPage(long afterId, int size) {
        List<Referrals.Exported> page = referrals.exportPage(afterId, size);
        Map<Long, String> named = lookups.referrals(page.stream().map(e -> e.referral().id()).toList());
        Map<Long, String> people = lookups.people(page.stream().map(e -> e.referral().participantId()).toList());
        Map<Long, String> children = lookups.children(page.stream().flatMap(e -> e.referral().familyChildIds().stream()).toList());
        return page.stream().map(e -> {
            Referral r = e.referral();
            RiskAssessment risk = e.risk();
            EligibilityDecision decision = e.decision();
            return Arrays.asList(String.valueOf(r.id()), named.get(r.id()), people.get(r.participantId()), lookups.programmeName(r.programmeCode()),
                    ImportCells.date(r.referredOn()), r.agencyType().label(), r.externalAgency(), r.externalContact(), r.reason(),
                    r.familyChildIds().stream().map(children::get).collect(Collectors.joining("; ")),
                    e.consent() == null ? null : ImportCells.date(e.consent().obtainedOn()), e.consent() == null ? null : e.consent().obtainedBy(),
                    e.partnerContactConsent() == null ? null : ImportCells.date(e.partnerContactConsent().obtainedOn()),
                    risk == null || risk.dashScore() == null ? null : String.valueOf(risk.dashScore()),
                    risk == null || risk.judgedLevel() == null ? null : risk.judgedLevel().label(), risk == null ? null : risk.judgementReason(),
                    risk == null ? null : ImportCells.yesNo(risk.maracOpen()), risk == null ? null : ImportCells.date(risk.lastMaracOn()),
                    decision == null ? null : decision.decision().label(),
                    decision == null ? null : ImportCells.date(LocalDate.ofInstant(decision.decidedAt(), UkDates.UK)),
                    decision == null ? null : decision.decidedBy(), decision == null ? null : decision.reason(),
                    decision == null ? null : decision.justification());
        }).toList();
    }
}
