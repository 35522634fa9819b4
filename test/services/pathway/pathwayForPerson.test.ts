import type { PlaceHeld } from '../../../services/booking/bookingRepository';
import type { BookingState } from '../../../services/booking/booking';
import { pathwayForPerson } from '../../../services/pathway/pathwayForPerson';
import { aProfile, catalogue, clock, done } from '../catalogue/fixtures';

// A person's pathway counts the places they hold: a booked course is not their next step.

const now = clock(); // Fri 1 May 2026, 10:00 in London
const practitioner = aProfile({ completed: done('IW01@2026-01-10') });

function place(course: string, state: BookingState, sessionStart: string): PlaceHeld {
  return {
    _id: `b-${course}-${state}`,
    course,
    sessionId: `s-${course}`,
    state,
    sessionStart: new Date(sessionStart),
  };
}

const statusOf = (places: PlaceHeld[], code: string) =>
  pathwayForPerson(catalogue, practitioner, now, places).items.find((item) => item.code === code)?.status;

describe('the places a person holds, on their pathway', () => {
  it('starts from IS01 when nothing is booked', () => {
    const pathway = pathwayForPerson(catalogue, practitioner, now, []);
    expect(pathway.nextStep).toMatchObject({ action: 'find-session', code: 'IS01' });
  });

  it.each<[BookingState, string]>([
    ['held', 'waiting for the manager'],
    ['confirmed', 'approved'],
  ])('shows a %s place (%s) as booked, with its date, and moves the next step on', (state) => {
    const pathway = pathwayForPerson(catalogue, practitioner, now, [
      place('IS01', state, '2026-05-12T08:30:00Z'),
    ]);
    expect(pathway.items.find((item) => item.code === 'IS01')).toMatchObject({
      status: 'booked',
      bookedFor: new Date('2026-05-12T08:30:00Z'),
    });
    expect(pathway.nextStep).not.toMatchObject({ code: 'IS01' });
  });

  it('counts a place later today, but not one on the waiting list or on a day already past', () => {
    expect(statusOf([place('IS01', 'confirmed', '2026-05-01T13:00:00Z')], 'IS01')).toBe('booked');
    expect(statusOf([place('IS01', 'waitlisted', '2026-05-12T08:30:00Z')], 'IS01')).toBe('next');
    expect(statusOf([place('IS01', 'confirmed', '2026-04-30T08:30:00Z')], 'IS01')).toBe('next');
  });
});
