package uk.dap.server.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place where groups meet. Kiosks are bound to one venue; later, sessions are held at one. */
@Entity
@Cacheable
@Table(name = "venue")
public class Venue {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Venue() {
        // for JPA
    }

    public Venue(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
