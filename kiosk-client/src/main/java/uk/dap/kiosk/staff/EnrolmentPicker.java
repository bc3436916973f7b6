package uk.dap.kiosk.staff;

import java.awt.FlowLayout;
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
import uk.dap.shared.text.UkDates;

/**
 * Finds a participant by reference and offers their referrals (those {@code wanted} accepts) to choose from; the
 * chosen one's enrolment is handed on. Used by the screens that work on one enrolment.
 */
final class EnrolmentPicker extends JPanel {
    private final JTextField reference = new JTextField(9);
    private final JComboBox<Choice<ReferralSummary>> referrals = new JComboBox<>();
    private final JButton find = new JButton("Find");
    private boolean filling;

    EnrolmentPicker(StaffScreen screen, String prefix, Predicate<ReferralSummary> wanted, Consumer<ReferralSummary> chosen,
                    Lookup lookup) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        JLabel referenceLabel = new JLabel("Participant reference");
        referenceLabel.setDisplayedMnemonic(KeyEvent.VK_R);
        referenceLabel.setLabelFor(reference);
        FormPanel.name(reference, prefix + "Reference", "Participant reference");
        reference.putClientProperty("JTextField.placeholderText", "P-000123");
        FormPanel.name(find, prefix + "Find", "Find the participant's referrals");
        find.setMnemonic(KeyEvent.VK_F);
        JLabel referralLabel = new JLabel("Referral");
        referralLabel.setDisplayedMnemonic(KeyEvent.VK_E);
        referralLabel.setLabelFor(referrals);
        FormPanel.name(referrals, prefix + "Referral", "Referral");
        add(referenceLabel);
        add(reference);
        add(find);
        add(referralLabel);
        add(referrals);
        Runnable search = () -> {
            String text = reference.getText().trim();
            if (text.isEmpty()) {
                screen.problem("Enter the participant's reference, for example P-000123.");
                return;
            }
            screen.call("Finding " + text + "…", () -> lookup.referrals(text), found -> {
                List<ReferralSummary> shown = found.stream().filter(wanted).toList();
                filling = true;
                referrals.removeAllItems();
                for (ReferralSummary r : shown) {
                    referrals.addItem(new Choice<>(r, screen.context.programmeName(r.programme()) + ", referred " + UkDates.date(r.referredOn()) + " (" + r.state().label().toLowerCase() + ")"));
                }
                filling = false;
                if (shown.isEmpty()) {
                    screen.problem("Nobody you may see has that reference, or they have no referral this screen is for.");
                } else {
                    referrals.setSelectedIndex(0);
                    chosen.accept(shown.get(0));
                }
            });
        };
        find.addActionListener(e -> search.run());
        reference.addActionListener(e -> search.run());
        referrals.addActionListener(e -> {
            if (!filling && referrals.getSelectedItem() instanceof Choice<?> choice) {
                chosen.accept((ReferralSummary) choice.value());
            }
        });
    }

    /** The referrals of the participant with this reference (empty when there is none the caller may see). */
    interface Lookup {
        List<ReferralSummary> referrals(String reference);

        static Lookup of(StaffApi api) {
            return reference -> {
                var found = api.searchParticipants(null, null, reference);
                if (found.isEmpty()) {
                    return List.of();
                }
                ParticipantView person = api.participant(found.get(0).id());
                return person.referrals() == null ? List.of() : person.referrals();
            };
        }
    }
}
