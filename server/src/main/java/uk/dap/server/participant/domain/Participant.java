package uk.dap.server.participant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.SafeContact;

/**
 * A person referred to a programme. Contact details may be confidential (domain safety rule 2): the entity keeps
 * them, but only {@code ParticipantAccess} decides who receives them.
 */
@Entity
@Table(name = "participant")
public class Participant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    /** Kept with the name, so that the search (by the start of any word) reads an index: NameWords. */
    @ElementCollection
    @CollectionTable(name = "participant_name_word", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "word")
    private Set<String> nameWords = new HashSet<>();
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "interpreter_needed")
    private boolean interpreterNeeded;
    @Column(name = "accessibility_needs")
    private String accessibilityNeeds;
    private String address;
    private String postcode;
    private String phone;
    private String email;
    @Column(name = "contact_confidential")
    private boolean contactConfidential;
    @Column(name = "confidential_reason")
    private String confidentialReason;
    @Column(name = "safe_phone")
    private boolean safePhone;
    @Column(name = "safe_voicemail")
    private boolean safeVoicemail;
    @Column(name = "safe_text")
    private boolean safeText;
    @Column(name = "safe_email")
    private boolean safeEmail;
    @Column(name = "safe_letters")
    private boolean safeLetters;
    @Column(name = "code_word")
    private String codeWord;
    @Column(name = "safe_times")
    private String safeTimes;
    @Column(name = "key_worker_id")
    private Long keyWorkerId;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    public Participant(NewParticipant n, Long createdBy, Instant createdAt) {
        this.firstName = n.firstName().trim();
        this.lastName = n.lastName().trim();
        this.nameWords = new HashSet<>(NameWords.of(firstName, lastName));
        this.dateOfBirth = n.dateOfBirth();
        this.gender = n.gender();
        this.preferredLanguage = blankToNull(n.preferredLanguage());
        this.interpreterNeeded = Boolean.TRUE.equals(n.interpreterNeeded());
        this.accessibilityNeeds = blankToNull(n.accessibilityNeeds());
        this.keyWorkerId = n.keyWorkerId();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        changeContact(n.contact(), Boolean.TRUE.equals(n.contactConfidential()), n.confidentialReason());
        changeSafeContact(n.safeContact());
    }

    /** A reference people can read out on the phone: P- and six digits. */
    public static String reference(Long id) {
        return uk.dap.shared.text.ParticipantReferences.of(id);
    }

    /** The id in a reference such as "P-000012" (or "12"); empty when it is not one. */
    public static java.util.Optional<Long> idFromReference(String reference) {
        String digits = reference == null ? "" : reference.trim().toUpperCase().replaceFirst("^P-?", "");
        if (!digits.matches("\\d{1,12}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(digits));
    }

    public void changeContact(ContactDetails contact, boolean confidential, String reason) {
        if (confidential && (reason == null || reason.isBlank())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Give the reason the contact details are confidential, for example \"moved to a refuge\".");
        }
        // Without new details only the flag changes: never lose an address because a field was left out.
        ContactDetails c = contact == null ? contact() : contact;
        this.address = blankToNull(c.address());
        this.postcode = blankToNull(c.postcode());
        this.phone = blankToNull(c.phone());
        this.email = blankToNull(c.email());
        this.contactConfidential = confidential;
        this.confidentialReason = confidential ? reason.trim() : null;
    }

    public void changeSafeContact(SafeContact safe) {
        SafeContact s = safe == null ? new SafeContact(null, null, null, null, null, null, null) : safe;
        this.safePhone = SafeContact.yes(s.phone());
        this.safeVoicemail = SafeContact.yes(s.voicemail());
        this.safeText = SafeContact.yes(s.text());
        this.safeEmail = SafeContact.yes(s.email());
        this.safeLetters = SafeContact.yes(s.letters());
        this.codeWord = blankToNull(s.codeWord());
        this.safeTimes = blankToNull(s.safeTimes());
    }

    public void assignKeyWorker(Long accountId) {
        this.keyWorkerId = accountId;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference(id);
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Gender gender() {
        return gender;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean interpreterNeeded() {
        return interpreterNeeded;
    }

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public ContactDetails contact() {
        return new ContactDetails(address, postcode, phone, email);
    }

    public boolean contactConfidential() {
        return contactConfidential;
    }

    public String confidentialReason() {
        return confidentialReason;
    }

    public SafeContact safeContact() {
        return new SafeContact(safePhone, safeVoicemail, safeText, safeEmail, safeLetters, codeWord, safeTimes);
    }

    public Long keyWorkerId() {
        return keyWorkerId;
    }

    public Long createdBy() {
        return createdBy;
    }
}
