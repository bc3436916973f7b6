package uk.dap.kiosk.staff;

import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import uk.dap.kiosk.ui.Choice;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * Choosing a person by what a worker knows: type part of a name, a reference (P-000123) or a date of birth
 * (23/11/1985), and the people the server lets this worker see appear below as they type (name, reference, date of
 * birth); Up and Down move, Enter chooses, Escape closes. The search is the server's, so the list is scoped exactly as
 * the server scopes it. A full reference and Enter opens that person straight away.
 */
final class PersonPicker {
    static final int PAUSE_MILLIS = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final StaffContext context;
    private final JTextField field;
    private final Consumer<ParticipantSummary> chosen;
    private final DefaultListModel<Choice<ParticipantSummary>> matches = new DefaultListModel<>();
    private final JList<Choice<ParticipantSummary>> list = new JList<>(matches);
    private final JPopupMenu popup = new JPopupMenu();
    private final Timer pause;
    private boolean quiet;
    private SwingWorker<List<ParticipantSummary>, Void> searching;

    /** Makes {@code field} a person picker: {@code chosen} is told the person picked. */
    PersonPicker(StaffContext context, JTextField field, String listName, Consumer<ParticipantSummary> chosen) {
        this.context = context;
        this.field = field;
        this.chosen = chosen;
        field.putClientProperty("JTextField.placeholderText", "Name, P-000123 or date of birth");
        list.setName(listName);
        list.getAccessibleContext().setAccessibleName("People found");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFocusable(false);
        list.setVisibleRowCount(8);
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                pick();
            }
        });
        popup.setFocusable(false);
        popup.add(new JScrollPane(list));
        pause = new Timer(PAUSE_MILLIS, e -> search());
        pause.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        bind(KeyEvent.VK_DOWN, "pickerDown", () -> move(1));
        bind(KeyEvent.VK_UP, "pickerUp", () -> move(-1));
        bind(KeyEvent.VK_ESCAPE, "pickerClose", popup::hide);
    }

    /**
     * What Enter (or the screen's "show" button) does: the person highlighted in the list, else the reference typed,
     * else nothing yet (the list is shown so the worker can choose). Returns whether someone was opened.
     */
    boolean open() {
        if (popup.isVisible() && list.getSelectedIndex() >= 0) {
            pick();
            return true;
        }
        OptionalLong id = ParticipantReferences.parse(field.getText());
        if (id.isPresent()) {
            popup.setVisible(false);
            chosen.accept(new ParticipantSummary(id.getAsLong(), ParticipantReferences.of(id.getAsLong()), null, null, null, null));
            return true;
        }
        search();
        return false;
    }

    /** Shows who is open, without searching again. */
    void showing(String text) {
        quiet = true;
        field.setText(text);
        quiet = false;
        popup.setVisible(false);
    }

    private void bind(int key, String name, Runnable action) {
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, 0), name);
        field.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    private void typed() {
        if (!quiet) {
            pause.restart();
        }
    }

    private void move(int by) {
        if (!popup.isVisible() || matches.isEmpty()) {
            return;
        }
        int next = Math.max(0, Math.min(matches.size() - 1, list.getSelectedIndex() + by));
        list.setSelectedIndex(next);
        list.ensureIndexIsVisible(next);
    }

    private void search() {
        pause.stop();
        String text = field.getText().trim();
        if (text.length() < 2) {
            popup.setVisible(false);
            return;
        }
        if (searching != null) {
            searching.cancel(true);
        }
        OptionalLong reference = ParticipantReferences.parse(text);
        LocalDate born = day(text);
        searching = new SwingWorker<>() {
            @Override
            protected List<ParticipantSummary> doInBackground() {
                return context.api().searchParticipants(reference.isPresent() || born != null ? null : text, born,
                        reference.isPresent() ? ParticipantReferences.of(reference.getAsLong()) : null);
            }

            @Override
            protected void done() {
                if (isCancelled() || !text.equals(field.getText().trim())) {
                    return;
                }
                try {
                    show(get());
                } catch (Exception failed) {
                    popup.setVisible(false);
                }
            }
        };
        searching.execute();
    }

    private void show(List<ParticipantSummary> people) {
        matches.clear();
        people.forEach(p -> matches.addElement(new Choice<>(p, label(p))));
        if (people.isEmpty()) {
            popup.setVisible(false);
            return;
        }
        list.setSelectedIndex(0);
        popup.setPopupSize(Math.max(field.getWidth(), 360), Math.min(8, people.size()) * 24 + 8);
        if (field.isShowing()) {
            popup.show(field, 0, field.getHeight());
        }
    }

    /** "Amira Fakename (P-000004), born 4 Mar 1988". */
    static String label(ParticipantSummary p) {
        return p.firstName() + " " + p.lastName() + " (" + p.reference() + ")"
                + (p.dateOfBirth() == null ? "" : ", born " + UkDates.date(p.dateOfBirth()));
    }

    private void pick() {
        Choice<ParticipantSummary> picked = list.getSelectedValue();
        popup.setVisible(false);
        if (picked != null) {
            showing(label(picked.value()));
            chosen.accept(picked.value());
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
