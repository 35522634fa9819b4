import { formatSessionTime } from '../cards/format';
import { lapseOverdueHolds } from '../services/booking/lapseOverdueHolds';
import { announceFreedSeat, refreshApprovalCards, tellBooked } from './bookingNotices';
import { tellPerson } from './tellPerson';
import type { BotServices } from './botServices';

/** How often held places are checked for their window; a lapse a minute late harms nobody. */
export const HOLD_SWEEP_MS = 60_000;

/**
 * Lapses held places nobody decided on in time, tells those concerned and offers the seats on. Every instance
 * runs it: each lapse is a conditional update, so two instances never lapse (or announce) the same place twice.
 */
export async function sweepHolds(services: BotServices): Promise<number> {
  const lapsed = await lapseOverdueHolds(
    services.database.collections,
    services.bookingRules,
    services.clock(),
  );
  for (const { booking, freed } of lapsed) {
    const when = freed.session ? ` (${formatSessionTime(freed.session.start, freed.session.end)})` : '';
    await tellBooked(
      services,
      booking,
      `Your held place on ${booking.course}${when} lapsed: it was not approved in time. Ask "find a session" to ask again.`,
    );
    if (booking.managerAadObjectId)
      await tellPerson(
        services,
        booking.managerAadObjectId,
        `${booking.person.name}'s held place on ${booking.course}${when} lapsed without a decision, and went to the next person waiting.`,
      );
    await refreshApprovalCards(services, booking);
    await announceFreedSeat(services, freed);
  }
  return lapsed.length;
}

/** Runs `sweepHolds` every `everyMs` until stopped; a failed sweep is logged and the next one tries again. */
export function startHoldSweeper(services: BotServices, everyMs = HOLD_SWEEP_MS): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepHolds(services)
      .catch((error: unknown) => services.logger.warn({ err: error }, 'hold sweep failed; will retry'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
