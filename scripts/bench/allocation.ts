import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bookSession } from '../../services/booking/bookSession';
import { DEFAULT_BOOKING_RULES } from '../../services/booking/bookingRules';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import type { StaffProfile } from '../../services/people/staffProfile';
import type { Session } from '../../services/sessions/session';
import { connectDatabase, type Database } from '../../services/storage/database';
import { startEmbeddedServer } from '../../services/storage/embeddedServer';
import { type Section, type Table } from './section';

// Issue 13 item 4: how fast places are allocated, as a share of what the same server does with the bare
// operation underneath (one conditional `$inc` per seat, nothing else). Both run here, on one server, with the
// same number of requests in flight, alternating in rounds so machine noise falls on both alike.
//
// An allocation is the whole use case a Book press runs: the session's facts (cached for a few seconds), the
// ContactPoint checks on the session date (the organisation, cached), the seat (a conditional update), and the
// booking (an insert that a unique index can refuse). Presses in flight together share round trips: their seats
// are taken by one conditional update when they all fit, and their bookings stored by one insert
// (services/booking/seats.ts, insertBatcher.ts); one press at a time has nothing to share.

const IN_FLIGHT = 50;
const PER_ROUND = 1_000;
const ROUNDS = 5;
/** Rounds of each run first and not counted: the server's JIT keeps speeding the raw loop up for a while. */
const WARM_UP_ROUNDS = 3;
const NOW = new Date('2026-12-01T10:00:00Z');

export const allocationSection: Section = {
  name: 'Seat allocation throughput (issue 13 item 4)',
  async run(): Promise<Table[]> {
    const server = await startEmbeddedServer({
      javaLauncherDir: path.join(__dirname, '..', 'mongo-java-server'),
      logger: { info: () => undefined, warn: () => undefined },
      skipMongod: true,
    });
    const database = await connectDatabase(server.uri, `bench_alloc_${randomBytes(4).toString('hex')}`);
    try {
      // A rush (50 presses in flight, where presses arriving together share their round trips) and one press
      // at a time (nothing to share: the bare cost of the use case).
      return [await measure(database, IN_FLIGHT), await measure(database, 1)];
    } finally {
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
      await server.stop();
    }
  },
};

async function measure(database: Database, inFlight: number): Promise<Table> {
  const { collections } = database;
  const catalogue = loadCatalogue();
  await collections.organisations.updateOne(
    { _id: 'northdale' },
    { $setOnInsert: { name: 'Northdale', accredited: true, updatedAt: NOW } },
    { upsert: true },
  );
  const label = (round: number) => `${inFlight}-${round}`;
  for (let round = 1; round <= WARM_UP_ROUNDS; round += 1) {
    await rawRound(database, label(-round), inFlight);
    await allocationRound(database, catalogue, label(-round), inFlight);
  }
  const raw: number[] = [];
  const allocation: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    raw.push(await rawRound(database, label(round), inFlight));
    allocation.push(await allocationRound(database, catalogue, label(round), inFlight));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratio = median(allocation) / median(raw);
  return {
    title: `${PER_ROUND} requests a round, ${inFlight} in flight, ${ROUNDS} rounds each (median of the rounds)${inFlight > 1 ? '; goal: allocation ≥ 50% of raw' : ''}`,
    columns: ['what', 'per second (median)', 'rounds'],
    rows: [
      ['raw conditional $inc on a session', Math.round(median(raw)), raw.map(Math.round).join(', ')],
      [
        'allocation (the Book use case)',
        Math.round(median(allocation)),
        allocation.map(Math.round).join(', '),
      ],
      ['allocation as a share of raw', `${(ratio * 100).toFixed(0)}%`, ''],
    ],
  };
}

function session(id: string): Session {
  const start = new Date(NOW.getTime() + 21 * 24 * 3600_000);
  return {
    _id: id,
    course: 'CP',
    start,
    end: new Date(start.getTime() + 3 * 3600_000),
    venue: 'IT Suite',
    capacity: PER_ROUND,
    booked: 0,
    accessRoute: 'web-browser',
    updatedAt: NOW,
  };
}

async function inParallel(
  count: number,
  inFlight: number,
  work: (index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

async function rawRound(database: Database, round: string, inFlight: number): Promise<number> {
  const id = `raw-${round}`;
  await database.collections.sessions.insertOne(session(id));
  const rate = await inParallel(PER_ROUND, inFlight, async () => {
    await database.collections.sessions.updateOne(
      { _id: id, $expr: { $lt: ['$booked', '$capacity'] } },
      { $inc: { booked: 1 } },
    );
  });
  const booked = (await database.collections.sessions.findOne({ _id: id }))?.booked;
  if (booked !== PER_ROUND) throw new Error(`raw loop took ${booked} seats, expected ${PER_ROUND}`);
  return rate;
}

async function allocationRound(
  database: Database,
  catalogue: ReturnType<typeof loadCatalogue>,
  round: string,
  inFlight: number,
): Promise<number> {
  const id = `alloc-${round}`;
  await database.collections.sessions.insertOne(session(id));
  const people = Array.from({ length: PER_ROUND }, (_, i) => person(`r${round}-p${i}`));
  const rate = await inParallel(PER_ROUND, inFlight, async (index) => {
    const profile = people[index]!;
    const outcome = await bookSession(
      database.collections,
      catalogue,
      { profile, sessionId: id, actor: { by: profile._id, byName: profile.name } },
      DEFAULT_BOOKING_RULES,
      NOW,
    );
    if (!outcome.ok || outcome.booking.state !== 'held')
      throw new Error(`allocation refused: ${JSON.stringify(outcome)}`);
  });
  const booked = (await database.collections.sessions.findOne({ _id: id }))?.booked;
  if (booked !== PER_ROUND) throw new Error(`allocation took ${booked} seats, expected ${PER_ROUND}`);
  return rate;
}

function person(id: string): StaffProfile {
  return {
    _id: id,
    name: `Person ${id}`,
    audience: 'practitioner',
    organisation: 'Northdale',
    serviceGroup: 'health',
    accessRoute: 'web-browser',
    managerAadObjectId: 'manager',
    contactPointUser: true,
    ecrbIssued: '2025-06-01',
    itCompetence: true,
    identityChecked: true,
    permissions: [],
    completed: [
      { code: 'IS-EL', date: '2026-01-10' },
      { code: 'SG', date: '2026-01-10' },
    ],
    source: 'roster',
    updatedAt: NOW,
  };
}
