package uk.dap.shared.api.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a referral has got to. {@code waitingPosition} is 1 for the next person on the cohort's waiting list;
 * {@code offered} means a place has been offered; {@code endedOn} is the day they completed or withdrew, as the lead
 * gave it; {@code allowedNext} lists the states it may move to.
 */
public record EnrolmentView(Long id, Long referralId, EnrolmentState state, Long cohortId, Integer waitingPosition,
                            boolean offered, WithdrawalReason withdrawalReason, String withdrawalNote, LocalDate endedOn,
                            List<EnrolmentState> allowedNext) {
}
