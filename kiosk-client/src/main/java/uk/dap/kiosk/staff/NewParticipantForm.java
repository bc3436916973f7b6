package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.SafeContact;

/** The "New participant" form: personal details and needs on the left, contact and safe contact on the right. */
class NewParticipantForm extends JPanel {
    final JTextField firstName = new JTextField(16);
    final JTextField lastName = new JTextField(16);
    final DateField dateOfBirth = new DateField();
    final JComboBox<Choice<Gender>> gender = new JComboBox<>(
            Choice.of(Arrays.asList(Gender.values()), Gender::label).toArray(Choice[]::new));
    final JTextField language = new JTextField(16);
    final JCheckBox interpreter = new JCheckBox("Needs an interpreter");
    final JTextArea accessibility = new JTextArea(3, 16);
    final JComboBox<Choice<Long>> keyWorker = new JComboBox<>();
    final JTextArea address = new JTextArea(2, 16);
    final JTextField postcode = new JTextField(8);
    final JTextField phone = new JTextField(14);
    final JTextField email = new JTextField(16);
    final JCheckBox confidential = new JCheckBox("Confidential (for example, in a refuge)");
    final JTextField confidentialReason = new JTextField(16);
    final JCheckBox mayPhone = new JCheckBox("Phone");
    final JCheckBox mayVoicemail = new JCheckBox("Leave voicemail");
    final JCheckBox mayText = new JCheckBox("Text");
    final JCheckBox mayEmail = new JCheckBox("Email");
    final JCheckBox mayWrite = new JCheckBox("Letters (neutrally worded)");
    final JTextField codeWord = new JTextField(12);
    final JTextField safeTimes = new JTextField(16);
    final JButton save = new JButton("Save participant");
    final JButton cancel = new JButton("Cancel");

    NewParticipantForm(Runnable onSave, Runnable onCancel) {
        super(new BorderLayout(8, 8));
        setName("newParticipantForm");
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        accessibility.setLineWrap(true);
        accessibility.setWrapStyleWord(true);
        address.setLineWrap(true);
        address.setWrapStyleWord(true);
        gender.setSelectedIndex(Gender.NOT_SAID.ordinal());
        keyWorker.addItem(new Choice<>(null, "Not assigned yet"));

        FormPanel person = new FormPanel();
        person.heading("New participant");
        person.field("First name", "newFirstName", firstName, KeyEvent.VK_F);
        person.field("Last name", "newLastName", lastName, KeyEvent.VK_L);
        person.field("Date of birth", "newDateOfBirth", dateOfBirth, KeyEvent.VK_B);
        person.field("Gender", "newGender", gender);
        person.field("Preferred language", "newLanguage", language);
        person.field("", "newInterpreter", interpreter);
        person.field("Accessibility needs", "newAccessibility", accessibility);
        person.field("Key worker", "newKeyWorker", keyWorker);
        person.end();

        FormPanel contact = new FormPanel();
        contact.heading("Contact details");
        contact.field("Address", "newAddress", address);
        contact.field("Postcode", "newPostcode", postcode);
        contact.field("Phone", "newPhone", phone);
        contact.field("Email", "newEmail", email);
        contact.field("", "newConfidential", confidential);
        contact.field("Why confidential", "newConfidentialReason", confidentialReason);
        contact.heading("Safe contact: we may");
        JPanel ways = new JPanel(new GridLayout(0, 1, 0, 0));
        for (JCheckBox box : List.of(mayPhone, mayVoicemail, mayText, mayEmail, mayWrite)) {
            FormPanel.name(box, "newSafe" + box.getText().split(" ")[0].replace("Leave", "Voicemail"), "We may " + box.getText().toLowerCase());
            ways.add(box);
        }
        contact.wide(ways);
        contact.field("Code word", "newCodeWord", codeWord);
        contact.field("Safe times", "newSafeTimes", safeTimes);
        contact.end();
        confidentialReason.setEnabled(false);
        confidential.addActionListener(e -> confidentialReason.setEnabled(confidential.isSelected()));

        JPanel columns = new JPanel(new GridLayout(1, 2, 16, 0));
        columns.add(person);
        columns.add(contact);
        add(columns, BorderLayout.CENTER);

        FormPanel.name(save, "saveParticipant", "Save participant");
        save.setMnemonic(KeyEvent.VK_V);
        FormPanel.name(cancel, "cancelParticipant", "Cancel the new participant");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(save);
        add(buttons, BorderLayout.SOUTH);
        save.addActionListener(e -> onSave.run());
        cancel.addActionListener(e -> onCancel.run());
    }

    void keyWorkers(List<StaffRef> workers) {
        keyWorker.removeAllItems();
        keyWorker.addItem(new Choice<>(null, "Not assigned yet"));
        for (StaffRef w : workers) {
            keyWorker.addItem(new Choice<>(w.id(), w.displayName()));
        }
    }

    void clear() {
        for (JTextField f : new ArrayList<>(List.of(firstName, lastName, dateOfBirth, language, postcode, phone, email,
                confidentialReason, codeWord, safeTimes))) {
            f.setText("");
        }
        accessibility.setText("");
        address.setText("");
        for (JCheckBox box : List.of(interpreter, confidential, mayPhone, mayVoicemail, mayText, mayEmail, mayWrite)) {
            box.setSelected(false);
        }
        confidentialReason.setEnabled(false);
        gender.setSelectedIndex(Gender.NOT_SAID.ordinal());
        keyWorker.setSelectedIndex(0);
    }

    @Override
    public boolean requestFocusInWindow() {
        return firstName.requestFocusInWindow();
    }

    /**
     * The form as a request; throws {@link IllegalArgumentException} with a sentence when a field needs fixing.
     * {@code confirmedDifferentPerson} once the worker has said that a possible match is someone else.
     */
    @SuppressWarnings("unchecked")
    NewParticipant read(boolean confirmedDifferentPerson) {
        if (firstName.getText().isBlank() || lastName.getText().isBlank()) {
            throw new IllegalArgumentException("Enter the first name and the last name.");
        }
        java.time.LocalDate dob = dateOfBirth.date("date of birth");
        if (dob == null) {
            throw new IllegalArgumentException("Enter the date of birth as DD/MM/YYYY.");
        }
        if (confidential.isSelected() && confidentialReason.getText().isBlank()) {
            throw new IllegalArgumentException("Say why the contact details are confidential, for example \"moved to a refuge\".");
        }
        ContactDetails details = new ContactDetails(blankToNull(address.getText()), blankToNull(postcode.getText()),
                blankToNull(phone.getText()), blankToNull(email.getText()));
        SafeContact safe = new SafeContact(mayPhone.isSelected(), mayVoicemail.isSelected(), mayText.isSelected(),
                mayEmail.isSelected(), mayWrite.isSelected(), blankToNull(codeWord.getText()), blankToNull(safeTimes.getText()));
        Choice<Gender> g = (Choice<Gender>) gender.getSelectedItem();
        Choice<Long> worker = (Choice<Long>) keyWorker.getSelectedItem();
        return new NewParticipant(firstName.getText().trim(), lastName.getText().trim(), dob, g.value(),
                blankToNull(language.getText()), interpreter.isSelected(), blankToNull(accessibility.getText()), details,
                confidential.isSelected(), confidential.isSelected() ? confidentialReason.getText().trim() : null, safe,
                worker == null ? null : worker.value(), confirmedDifferentPerson);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
