package uk.dap.server.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The answer to one item; a null value is a skipped item. */
@Embeddable
public class Answer {
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "answer_value")
    private Integer value;

    protected Answer() {
        // for JPA
    }

    public Answer(String itemId, Integer value) {
        this.itemId = itemId;
        this.value = value;
    }

    public String itemId() {
        return itemId;
    }

    public Integer value() {
        return value;
    }
}
