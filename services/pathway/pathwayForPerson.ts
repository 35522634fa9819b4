import type { PlaceHeld } from '../booking/bookingRepository';
import { SEATED_STATES } from '../booking/booking';
import { londonIsoDay } from '../catalogue/validityWindow';
import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';
import { buildPathway, type Booked, type Pathway } from './buildPathway';

/**
 * "What training do I need?" for a person whose profile (and the places they hold) the turn has already read:
 * a course with a seat from today on is booked, so their next step moves on to the course after it.
 */
export function pathwayForPerson(
  catalogue: Catalogue,
  profile: StaffProfile,
  now: Date,
  placesHeld: readonly PlaceHeld[],
): Pathway {
  return buildPathway(catalogue, profile, { today: now, bookings: seatsFromToday(placesHeld, now) });
}

// A place on a session already past is not shown as booked: until a trainer records attendance, it is neither
// booked nor done.
function seatsFromToday(placesHeld: readonly PlaceHeld[], now: Date): Booked[] {
  const today = londonIsoDay(now);
  return placesHeld
    .filter((place) => (SEATED_STATES as readonly string[]).includes(place.state))
    .filter((place) => londonIsoDay(place.sessionStart) >= today)
    .map((place) => ({ code: place.course, sessionStart: place.sessionStart }));
}
