package uk.dap.server.onetoone.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One label of the configurable list of attachment strategies an adult attachment interview is coded to. Retired
 * rather than deleted, so that interviews coded to it keep their label.
 */
@Entity
@Table(name = "attachment_strategy")
public class AttachmentStrategy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String label;
    private boolean active;
    private int position;

    protected AttachmentStrategy() {
        // for JPA
    }

    public AttachmentStrategy(String label, int position) {
        this.label = label.trim();
        this.active = true;
        this.position = position;
    }

    public void change(String label, boolean active) {
        this.label = label.trim();
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return active;
    }
}
