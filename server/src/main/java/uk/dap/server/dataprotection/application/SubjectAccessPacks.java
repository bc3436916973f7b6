package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditQueries;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.server.common.SubjectAccessSource.Field;
import uk.dap.server.common.SubjectAccessSource.PackItem;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.AuditEntryView;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView.PackField;
import uk.dap.shared.text.UkDates;

/**
 * Puts a person's subject access pack together: every capability's items about them (SubjectAccessSource), who has
 * looked at or changed their record (the audit trail), then other people's details taken out of every word, and staff
 * shown by their role (by name only where the service says so, {@code dap.sar.staffNames=true}). The one place the pack
 * is made, for the reviewer's list and the released ZIP (a readable PDF and a machine-readable JSON) alike.
 */
@ApplicationScoped
public class SubjectAccessPacks {
    /** What replaces another person's name, address or phone number wherever it appears. */
    public static final String REMOVED = "[someone else's details removed]";
    static final String VIEWS = "Who has looked at your record";
    private static final List<String> SECTIONS = List.of("Your details", "Your record", "Referrals, consent and risk", "Programmes",
            "Attendance", "Case notes", "Appointments", "Questionnaires", "Outcomes", "New Beginnings records", VIEWS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    @Any
    Instance<SubjectAccessSource> sources;
    @Inject
    AuditQueries auditTrail;
    @Inject
    StaffDirectory staff;
    @Inject
    @ConfigProperty(name = "dap.sar.staffNames", defaultValue = "false")
    boolean staffNames;

    /** Everything the pack would hold about the person, in the pack's order, as it would print. */
    public List<Shown> items(long participantId) {
        List<PackItem> items = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>();
        for (SubjectAccessSource source : sources) {
            items.addAll(source.itemsAbout(participantId));
            others.addAll(source.otherPeoplesDetails(participantId));
        }
        items.add(views(participantId));
        // The person's own name is never taken out of their own pack, even where someone else shares a part of it.
        items.stream().filter(item -> item.key().equals("record")).flatMap(item -> item.fields().stream())
                .filter(field -> field.label().equals("Name")).flatMap(field -> java.util.Arrays.stream(field.value().split("\\s+")))
                .forEach(own -> others.removeIf(other -> other.equalsIgnoreCase(own)));
        Redaction redaction = redaction(others);
        Map<String, String> shownStaff = new HashMap<>();
        return items.stream()
                .sorted(Comparator.comparing((PackItem item) -> section(item.section()))
                        .thenComparing(item -> item.date() == null ? LocalDate.MIN : item.date()))
                .map(item -> new Shown(item.key(), item.section(), redaction.apply(item.title()), item.date(), item.fields().stream()
                        .map(field -> new PackField(field.label(), field.staff()
                                ? shownStaff.computeIfAbsent(field.value(), who -> staffNames ? who : staff.roleOf(who))
                                : redaction.apply(field.value())))
                        .toList()))
                .toList();
    }

    /** The ZIP handed to the person: the pack as a PDF and as JSON, of the items given (the reviewer's withheld ones left out). */
    public byte[] zip(String reference, long requestId, LocalDate releasedOn, List<Shown> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("records-" + reference + ".pdf"));
            zip.write(new SubjectAccessPdf().render(reference, requestId, releasedOn, items));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("records-" + reference + ".json"));
            zip.write(SubjectAccessJson.write(reference, requestId, releasedOn, items));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The labels of the person's own contact details in their record's item (ParticipantSubjectAccess). */
    private static final Set<String> CONTACT = Set.of("Address", "Postcode", "Phone", "Email", "Why confidential", "Code word",
            "Safe times to contact");

    /** An item's fields with the person's contact details replaced, for a reviewer the contact rule keeps them from. */
    public static List<PackField> withoutContact(Shown item) {
        return item.fields().stream().map(field -> CONTACT.contains(field.label()) && item.key().equals("record")
                ? new PackField(field.label(), "Not shown to you (it goes in the pack: the details are theirs)") : field).toList();
    }

    private PackItem views(long participantId) {
        SubjectAccessSource.Builder item = PackItem.of("views", VIEWS, VIEWS, null);
        for (AuditEntryView entry : auditTrail.about("Participant", Participant.reference(participantId))) {
            item.field(UkDates.date(LocalDate.ofInstant(entry.at(), UkDates.UK)) + " " + TIME.format(entry.at().atZone(UkDates.UK)),
                    (staffNames ? entry.actor() : staff.roleOf(entry.actor())) + ": " + action(entry.action()));
        }
        return item.build();
    }

    private static String action(String action) {
        return switch (action) {
            case "READ" -> "looked at your record";
            case "CREATE" -> "made your record";
            case "CHANGE_CONTACT" -> "changed your contact details";
            case "CHANGE_SAFE_CONTACT" -> "changed how it is safe to contact you";
            case "ADD_CHILD" -> "added a child to your record";
            case "ASSIGN_KEY_WORKER" -> "assigned your key worker";
            default -> SubjectAccessSource.words(action).toLowerCase(java.util.Locale.UK);
        };
    }

    private static int section(String section) {
        int at = SECTIONS.indexOf(section);
        return at < 0 ? SECTIONS.size() : at;
    }

    /** An item as the pack prints it. */
    public record Shown(String key, String section, String title, LocalDate date, List<PackField> fields) {
    }

    /** The redaction of these details (other people's names, addresses, phone numbers). */
    public static Redaction redaction(Set<String> details) {
        return new Redaction(details);
    }

    /** Takes every other person's detail out of a text: whole words, any case, longest first. */
    public static final class Redaction {
        private final List<Pattern> patterns = new ArrayList<>();

        private Redaction(Set<String> details) {
            Set<String> terms = new LinkedHashSet<>();
            for (String detail : details) {
                String whole = detail.trim();
                terms.add(whole);
                for (String part : whole.split("[,\\n]")) {
                    if (part.trim().length() >= 4) {
                        terms.add(part.trim());
                    }
                }
                if (whole.matches(".*\\d.*") && whole.contains(" ")) {
                    terms.add(whole.replace(" ", ""));
                }
            }
            terms.stream().filter(term -> term.length() >= 2).sorted(Comparator.comparing(String::length).reversed())
                    .forEach(term -> patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }

        public String apply(String text) {
            if (text == null) {
                return null;
            }
            String result = text;
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
            }
            return result;
        }
    }
}
