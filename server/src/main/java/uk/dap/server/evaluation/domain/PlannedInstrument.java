package uk.dap.server.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.dap.shared.api.evaluation.Stage;

/** One line of a programme's evaluation plan: this instrument at this stage, in this order. */
@Embeddable
public class PlannedInstrument {
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Column(name = "instrument_code")
    private String instrumentCode;
    private int position;

    protected PlannedInstrument() {
        // for JPA
    }

    public PlannedInstrument(Stage stage, String instrumentCode, int position) {
        this.stage = stage;
        this.instrumentCode = instrumentCode;
        this.position = position;
    }

    public Stage stage() {
        return stage;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public int position() {
        return position;
    }
}
