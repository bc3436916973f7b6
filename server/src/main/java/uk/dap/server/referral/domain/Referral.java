package uk.dap.server.referral.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralAnswers;

/**
 * A referral of one participant to one programme: who referred (a REFERRER account, or an external agency and
 * contact), the agency type, the date and reason, and the referrer's answers to the eligibility questions.
 */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "referrer_account_id")
    private Long referrerAccountId;
    @Column(name = "external_agency")
    private String externalAgency;
    @Column(name = "external_contact")
    private String externalContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    private AgencyType agencyType;
    @Column(name = "referred_on")
    private LocalDate referredOn;
    /**
     * A copy of its enrolment's state, for lists only, kept by the database (V26): read-only here, so that saving a
     * referral never writes an old value over it. The enrolment's own state is the one that counts.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_state", insertable = false, updatable = false)
    private EnrolmentState enrolmentState;
    private String reason;
    @Column(name = "father_figure")
    private Boolean fatherFigure;
    @Column(name = "abusive_to_mother")
    private Boolean abusiveToMother;
    @Column(name = "hostile_after_separation")
    private Boolean hostileAfterSeparation;
    @Column(name = "main_concern_csa")
    private Boolean mainConcernCsa;
    @Column(name = "experienced_abuse")
    private Boolean experiencedAbuse;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_family_child", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "child_id")
    private List<Long> familyChildIds = new ArrayList<>();
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Referral() {
        // for JPA
    }

    /** The referral's reference as the service writes it (in an export): "R-" and six digits, e.g. R-000123. */
    public static String reference(long id) {
        return uk.dap.server.common.RecordReference.of("R", id);
    }

    /** The id in a reference written exactly as {@link #reference} writes it; empty for anything else. */
    public static java.util.Optional<Long> idFromReference(String reference) {
        return uk.dap.server.common.RecordReference.idIn("R", reference);
    }

    public Referral(Long participantId, String programmeCode, Long referrerAccountId, String externalAgency,
                    String externalContact, AgencyType agencyType, LocalDate referredOn, String reason,
                    ReferralAnswers answers, List<Long> familyChildIds, Long createdBy, Instant createdAt) {
        this.participantId = participantId;
        this.programmeCode = programmeCode;
        this.referrerAccountId = referrerAccountId;
        this.externalAgency = externalAgency;
        this.externalContact = externalContact;
        this.agencyType = agencyType;
        this.referredOn = referredOn;
        this.reason = reason;
        ReferralAnswers a = answers == null ? ReferralAnswers.none() : answers;
        this.fatherFigure = a.fatherFigure();
        this.abusiveToMother = a.abusiveToMother();
        this.hostileAfterSeparation = a.hostileAfterSeparation();
        this.mainConcernCsa = a.mainConcernChildSexualAbuse();
        this.experiencedAbuse = a.experiencedDomesticAbuse();
        this.familyChildIds = new ArrayList<>(familyChildIds == null ? List.of() : familyChildIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ReferralAnswers answers() {
        return new ReferralAnswers(fatherFigure, abusiveToMother, hostileAfterSeparation, mainConcernCsa, experiencedAbuse);
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public Long referrerAccountId() {
        return referrerAccountId;
    }

    public String externalAgency() {
        return externalAgency;
    }

    public String externalContact() {
        return externalContact;
    }

    public AgencyType agencyType() {
        return agencyType;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String reason() {
        return reason;
    }

    public List<Long> familyChildIds() {
        return List.copyOf(familyChildIds);
    }
}
