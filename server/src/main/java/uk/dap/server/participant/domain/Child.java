package uk.dap.server.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.SocialCareStatus;

/** A participant's child, with their status with children's social care and the day it last changed. */
@Entity
@Table(name = "child")
public class Child {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "lives_with_participant")
    private boolean livesWithParticipant;
    @Column(name = "regular_contact")
    private Boolean regularContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "social_care_status")
    private SocialCareStatus socialCareStatus;
    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;
    @Column(name = "needs_creche")
    private boolean needsCreche;
    @Version
    private long version;

    protected Child() {
        // for JPA
    }

    public Child(Long participantId, NewChild n, LocalDate today) {
        this.participantId = participantId;
        this.firstName = n.firstName().trim();
        this.lastName = n.lastName() == null || n.lastName().isBlank() ? null : n.lastName().trim();
        this.dateOfBirth = n.dateOfBirth();
        this.livesWithParticipant = n.livesWithParticipant();
        this.regularContact = n.regularContact();
        this.socialCareStatus = n.socialCareStatus();
        this.statusChangedOn = today;
        this.needsCreche = Boolean.TRUE.equals(n.needsCreche());
    }

    /** Records a new status; says whether the case has just closed (was open to social care, now is not). */
    public boolean changeStatus(SocialCareStatus status, LocalDate on) {
        boolean closed = isOpenToSocialCare() && !isOpen(status);
        this.socialCareStatus = status;
        this.statusChangedOn = on;
        return closed;
    }

    /** Open to children's social care: child in need, child protection plan or looked after (early help is not). */
    public boolean isOpenToSocialCare() {
        return isOpen(socialCareStatus);
    }

    private static boolean isOpen(SocialCareStatus status) {
        return status == SocialCareStatus.CHILD_IN_NEED || status == SocialCareStatus.CHILD_PROTECTION_PLAN
                || status == SocialCareStatus.LOOKED_AFTER;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The child's reference as the service writes it in an export: CH-000123. */
    public static String reference(long id) {
        return uk.dap.server.common.RecordReference.of("CH", id);
    }

    /** The id in a reference written exactly as {@link #reference} writes it; empty for anything else. */
    public static java.util.Optional<Long> idFromReference(String reference) {
        return uk.dap.server.common.RecordReference.idIn("CH", reference);
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public boolean livesWithParticipant() {
        return livesWithParticipant;
    }

    public Boolean regularContact() {
        return regularContact;
    }

    public SocialCareStatus socialCareStatus() {
        return socialCareStatus;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    public boolean needsCreche() {
        return needsCreche;
    }
}
