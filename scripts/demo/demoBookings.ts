import { findActiveBooking, insertBooking } from '../../services/booking/bookingRepository';
import { takeSeat } from '../../services/booking/seats';
import { PERSONAS } from './personas';
import type { Collections } from '../../services/storage/collections';
import { findSessionById } from '../../services/sessions/sessionRepository';
import { NEARLY_FULL, WAITING_FOR_MARK } from './northdale';

const DEMO = { by: 'demo', byName: 'Demo data' };
const PERSONA_IDS = new Set(PERSONAS.map((persona) => persona.aadObjectId));

/**
 * Bookings that make the demo worth exploring: one session nearly full of confirmed places, and one place
 * waiting for Mark's approval. Made on the first run only (a session with places taken is left alone), and
 * never for the personas, whose own journeys start from nothing.
 */
export async function loadDemoBookings(collections: Collections, now: Date): Promise<number> {
  let made = 0;
  const full = await findSessionById(collections, NEARLY_FULL.sessionId);
  if (full && full.booked === 0) {
    const people = await collections.people
      .find({ source: 'roster' }, { projection: { name: 1 } })
      .sort({ name: 1 })
      .limit(NEARLY_FULL.seatsTaken + PERSONA_IDS.size)
      .toArray();
    for (const person of people.filter((p) => !PERSONA_IDS.has(p._id)).slice(0, NEARLY_FULL.seatsTaken)) {
      if (!(await takeSeat(collections, full._id, now))) break;
      const stored = await insertBooking(
        collections,
        {
          person: { aadObjectId: person._id, name: person.name },
          course: full.course,
          sessionId: full._id,
          sessionStart: full.start,
          state: 'confirmed',
        },
        DEMO,
        now,
      );
      if (stored) made += 1;
    }
  }
  const waiting = await findSessionById(collections, WAITING_FOR_MARK.sessionId);
  const person = await collections.people.findOne({ _id: WAITING_FOR_MARK.aadObjectId });
  if (
    waiting &&
    person?.managerAadObjectId &&
    !(await findActiveBooking(collections, person._id, waiting.course)) &&
    (await takeSeat(collections, waiting._id, now))
  ) {
    const stored = await insertBooking(
      collections,
      {
        person: { aadObjectId: person._id, name: person.name },
        course: waiting.course,
        sessionId: waiting._id,
        sessionStart: waiting.start,
        state: 'held',
        managerAadObjectId: person.managerAadObjectId,
        holdUntil: waiting.start,
      },
      { by: person._id, byName: person.name },
      now,
    );
    if (stored) made += 1;
    // Should another run have raced this one, its seat goes back: the unique key refused the second booking.
    else
      await collections.sessions.updateOne(
        { _id: waiting._id, booked: { $gt: 0 } },
        { $inc: { booked: -1 } },
      );
  }
  return made;
}
