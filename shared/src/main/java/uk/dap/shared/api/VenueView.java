package uk.dap.shared.api;

public record VenueView(long id, String name) {
}
