package uk.dap.kiosk.staff;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * Finds a person as the worker knows them (part of a name, a reference or a date of birth, with {@link PersonPicker})
 * and offers their referrals that {@code wanted} accepts; the chosen one is handed on. Used by the screens that work
 * on one referral or enrolment.
 */
final class EnrolmentPicker extends JPanel {
    private final StaffScreen screen;
    private final Predicate<ReferralSummary> wanted;
    private final Consumer<ReferralSummary> chosen;
    private final JTextField person = new JTextField(22);
    private final PersonPicker people;
    private final JComboBox<Choice<ReferralSummary>> referrals = new JComboBox<>();
    private final JButton find = new JButton("Find");
    private boolean filling;

    EnrolmentPicker(StaffScreen screen, String prefix, Predicate<ReferralSummary> wanted, Consumer<ReferralSummary> chosen) {
        super(new GridBagLayout());
        this.screen = screen;
        this.wanted = wanted;
        this.chosen = chosen;
        JLabel personLabel = new JLabel("Person");
        personLabel.setDisplayedMnemonic(KeyEvent.VK_R);
        personLabel.setLabelFor(person);
        // The name tests and screen readers know the field by: it was a reference field, and takes a reference still.
        FormPanel.name(person, prefix + "Reference", "Person: type part of their name, their reference or date of birth, then choose");
        people = new PersonPicker(screen.context, person, prefix + "People", p -> choose(p.id(), null));
        FormPanel.name(find, prefix + "Find", "Find the person's referrals");
        find.setMnemonic(KeyEvent.VK_F);
        JLabel referralLabel = new JLabel("Referral");
        referralLabel.setDisplayedMnemonic(KeyEvent.VK_E);
        referralLabel.setLabelFor(referrals);
        FormPanel.name(referrals, prefix + "Referral", "Referral");
        // Two rows, so that neither is pushed out of sight on a narrow window with larger text.
        add(personLabel, cell(0, 0, 1));
        add(person, cell(1, 0, 1));
        add(find, cell(2, 0, 1));
        GridBagConstraints rest = cell(3, 0, 1);
        rest.weightx = 1;
        add(new JLabel(), rest);
        add(referralLabel, cell(0, 1, 1));
        add(referrals, cell(1, 1, 3));
        find.addActionListener(e -> findTyped());
        person.addActionListener(e -> findTyped());
        referrals.addActionListener(e -> {
            if (!filling && referrals.getSelectedItem() instanceof Choice<?> choice) {
                chosen.accept((ReferralSummary) choice.value());
            }
        });
    }

    private static GridBagConstraints cell(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 6);
        return c;
    }

    /** The referral chosen now, or null. */
    ReferralSummary selected() {
        return referrals.getSelectedItem() instanceof Choice<?> choice ? (ReferralSummary) choice.value() : null;
    }

    /** Shows this person's referrals and chooses the one of {@code enrolmentId} (the first when null or not among them). */
    void choose(long participantId, Long enrolmentId) {
        people.showing(ParticipantReferences.of(participantId));
        screen.call("Finding their referrals…", () -> referralsOf(participantId), found -> {
            List<ReferralSummary> shown = found.stream().filter(wanted).toList();
            if (!found.isEmpty()) {
                ReferralSummary any = found.get(0);
                people.showing(any.participantName() + " (" + any.participantReference() + ")");
            }
            filling = true;
            referrals.removeAllItems();
            Choice<ReferralSummary> select = null;
            for (ReferralSummary r : shown) {
                Choice<ReferralSummary> choice = new Choice<>(r, screen.context.programmeName(r.programme()) + ", referred "
                        + UkDates.date(r.referredOn()) + " (" + r.state().label().toLowerCase(java.util.Locale.UK) + ")");
                referrals.addItem(choice);
                if (select == null || enrolmentId != null && enrolmentId.equals(r.enrolmentId())) {
                    select = choice;
                }
            }
            filling = false;
            if (select == null) {
                screen.problem("This person has no referral that this screen is for.");
            } else {
                referrals.setSelectedItem(select);
                chosen.accept(select.value());
            }
        });
    }

    private void findTyped() {
        if (person.getText().isBlank()) {
            screen.problem("Type part of the person's name, their reference or their date of birth, then choose them.");
        } else {
            people.open();
        }
    }

    /** The referrals of one person (a person the caller may not see is refused by the server). */
    private List<ReferralSummary> referralsOf(long participantId) {
        ParticipantView found = screen.context.api().participant(participantId);
        return found.referrals() == null ? List.of() : found.referrals();
    }
}
