package uk.dap.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An item of a combo box or list: the value, and the words a person reads (also what screen readers announce). */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }

    public static <T> List<Choice<T>> of(List<T> values, Function<T, String> label) {
        List<Choice<T>> choices = new ArrayList<>();
        for (T value : values) {
            choices.add(new Choice<>(value, label.apply(value)));
        }
        return choices;
    }
}
