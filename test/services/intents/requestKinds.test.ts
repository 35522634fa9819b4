import { tokenise } from '../../../services/intents/normalise';
import {
  asksAboutTeam,
  asksOutsideTraining,
  bookingRequestOf,
  featureOf,
  teamViewOf,
} from '../../../services/intents/requestKinds';
import type { Feature, Intent, TeamView } from '../../../services/intents/understanding';

describe('what a not-yet request asks for', () => {
  it.each<[string, Feature]>([
    ['remind me the week before', 'reminders'],
    ['remind everyone booked on friday', 'reminders'],
    ['chase the managers', 'reminders'],
    ['let me know when new dates come out', 'reminders'],
    ['send an announcement to all practitioners', 'announcements'],
    ['broadcast the new dates', 'announcements'],
    ['email all the managers about phase 2', 'announcements'],
    ['mark attendance for today', 'attendance'],
    ['take the register', 'attendance'],
    ['mark Jo as absent', 'attendance'],
    ['who is on my register for monday', 'attendance'],
  ])('"%s" asks for %s', (text, feature) => {
    expect(featureOf(tokenise(text))).toBe(feature);
  });

  // Booking, nominating, approving and publishing have intents of their own now (issue 13).
  it.each([
    'register my car',
    'put the kettle on',
    'tell me the time',
    'book me onto CAF01',
    'publish the new sessions',
  ])('"%s" asks for none of them', (text) => {
    expect(featureOf(tokenise(text))).toBeUndefined();
  });
});

describe('team questions', () => {
  it.each<[string, TeamView | undefined]>([
    ['who is blocked', 'blocked'],
    ['which of my staff are stuck', 'blocked'],
    ['anyone with an expired crb', 'blocked'],
    ['whose IT competence is missing', 'blocked'],
    ['who still needs IS02', undefined],
    ['how is my team doing', 'team'],
    ['waiting to be confirmed', 'waiting'],
    ['who is waiting for confirmation', 'waiting'],
    ['people who signed up themselves', 'waiting'],
    ['has my booking been confirmed', undefined],
  ])('"%s" asks for the part: %s', (text, view) => {
    expect(teamViewOf(tokenise(text))).toBe(view);
  });

  it.each([
    ['how is my team doing', true],
    ['anyone in my service blocked', true],
    ['staff of mine without CAF02', true],
    ['what do I still need', false],
  ])('"%s" is about the team: %s', (text, team) => {
    expect(asksAboutTeam(tokenise(text))).toBe(team);
  });
});

describe('booking requests', () => {
  it.each<[string, Intent, Intent]>([
    ['decline personref request for modref', 'nominate', 'approvals'],
    ['put me on the waiting list', 'nominate', 'find_session'],
    ['nominate personref for modref', 'nominate', 'nominate'],
    ['cancel the tuesday session', 'my_bookings', 'manage_sessions'],
    ['cancel my session', 'my_bookings', 'my_bookings'],
    ['can you cancel it', 'my_bookings', 'my_bookings'],
    ['move me to another session', 'manage_sessions', 'my_bookings'],
    ['put on another routeref session next month', 'find_session', 'manage_sessions'],
    ['add me to the routeref session list', 'find_session', 'find_session'],
    ['can i book my staff onto sessions', 'find_session', 'nominate'],
    ['book me onto modref', 'find_session', 'find_session'],
    ['when is the next modref', 'find_session', 'find_session'],
  ])('"%s" taken for %s is %s', (text, classified, intent) => {
    expect(bookingRequestOf(classified, tokenise(text))).toBe(intent);
  });

  it.each([
    ['book me a train to london', true],
    ['cancel my gym membership', true],
    ['check in for my flight', true],
    ['cancel my place, i am on holiday', false],
    ['book me on modref', false],
    ['mark everyone present', false],
  ])('"%s" asks about something other than training: %s', (text, outside) => {
    expect(asksOutsideTraining(tokenise(text))).toBe(outside);
  });
});
