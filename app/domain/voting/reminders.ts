/**
 * When electors who have not voted are reminded: 48 hours before voting closes. A ballot open
 * for less than four days would have its reminder arrive on the heels of the opening email (or,
 * under 48 hours, at the same moment), so it goes half-way through the voting window instead:
 * the latest time that still leaves as much time to vote after the reminder as before it.
 */
export const REMIND_BEFORE_CLOSE_MS = 48 * 3_600_000

/** How long before closing the reminder goes for a ballot open from `opensAt` to `closesAt`. */
function reminderLeadMs(ballot: { opensAt: Date; closesAt: Date }) {
  const window = ballot.closesAt.getTime() - ballot.opensAt.getTime()
  return Math.min(REMIND_BEFORE_CLOSE_MS, Math.max(0, window / 2))
}

/** The moment the reminder falls due. */
export function reminderDueAt(ballot: { opensAt: Date; closesAt: Date }) {
  return new Date(ballot.closesAt.getTime() - reminderLeadMs(ballot))
}
