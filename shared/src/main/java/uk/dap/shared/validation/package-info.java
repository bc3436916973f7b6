/**
 * The validation rules of the API records, as composed Bean Validation constraints.
 *
 * <p>Why not plain {@code @NotBlank}, {@code @Size}...: on a record component those also land on the canonical
 * constructor's parameters, and Payara's OpenAPI generator (6.2025.10) fails on any constrained method parameter that
 * is not a {@code @PathParam}. These annotations cannot target parameters, so they stay on the records' fields, where
 * Bean Validation checks them. Each reports one message, written for the person who has to correct the value.
 */
package uk.dap.shared.validation;
