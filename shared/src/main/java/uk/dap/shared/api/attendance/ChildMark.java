package uk.dap.shared.api.attendance;

/** A child who came with their mother to a family programme (DART), on her line of the register; status null while unmarked. */
public record ChildMark(Long childId, String firstName, AttendanceStatus status) {
}
