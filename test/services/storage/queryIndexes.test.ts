import { MongoClient, type CommandStartedEvent, type Document } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { loadDemoData } from '../../../scripts/demo/loadDemoData';
import { personaByKey } from '../../../scripts/demo/personas';
import { exportBookings } from '../../../services/exports/exportBookings';
import { conversationRepository } from '../../../services/conversations/conversationRepository';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import { identifyActor } from '../../../services/people/actorRoles';
import { declareProfile } from '../../../services/people/declareProfile';
import {
  ensureOrganisation,
  listOrganisationNames,
  searchOrganisations,
} from '../../../services/people/organisationRepository';
import { grantPermission, revokePermission } from '../../../services/people/permissions';
import { listUnreachable, markReachable, markUnreachable } from '../../../services/people/reachability';
import { confirmSelfDeclared, rejectSelfDeclared } from '../../../services/people/reviewSelfDeclared';
import { findByAadObjectId, findByEmail } from '../../../services/people/staffProfileRepository';
import { teamOverview } from '../../../services/people/teamOverview';
import { declaredPerson, waitingForConfirmation } from '../../../services/people/waitingForConfirmation';
import { readinessForPerson } from '../../../services/readiness/readinessForPerson';
import { fillRates } from '../../../services/sessions/fillRates';
import { sessionsFor } from '../../../services/sessions/sessionsFor';
import { confirmTeamMemberItCompetence, findTeamMember } from '../../../services/people/teamMember';
import { trainingCoordinator } from '../../../services/people/trainingCoordinator';
import { approvalFacts } from '../../../services/booking/approvalFacts';
import { findAwaitingApproval, countWaiting } from '../../../services/booking/bookingRepository';
import { DEFAULT_BOOKING_RULES } from '../../../services/booking/bookingRules';
import { bookSession } from '../../../services/booking/bookSession';
import { cancelBooking } from '../../../services/booking/cancelBooking';
import { decideBooking } from '../../../services/booking/decideBooking';
import { lapseOverdueHolds } from '../../../services/booking/lapseOverdueHolds';
import { myBookings } from '../../../services/booking/myBookings';
import { nominateStaff } from '../../../services/booking/nominateStaff';
import { nominationChoices } from '../../../services/booking/nominationChoices';
import { coordinatorOnDuty } from '../../../services/people/trainingCoordinator';
import { cancelSession } from '../../../services/booking/cancelSession';
import { sessionCancelPreview } from '../../../services/booking/sessionCancelPreview';
import { trainersOfRecord } from '../../../services/people/trainersOfRecord';
import { createSession } from '../../../services/sessions/createSession';
import { sessionsOverview } from '../../../services/sessions/sessionsOverview';
import {
  collectionsOf,
  ensureIndexes,
  INDEXES,
  type Collections,
} from '../../../services/storage/collections';
import { bookingOn } from '../../support/bookings';
import { testMongoUri } from '../../support/testDatabase';

// Issue 11 §6: every query the product makes is served by an index. The driver reports each command it sends;
// each filter must start on an indexed field (or `_id`), so no request reads a whole collection.

type CollectionName = keyof typeof INDEXES;

/** The fields a query can narrow by, for each collection: the first key of each index, and `_id`. */
const LEADING_FIELDS: Record<CollectionName, Set<string>> = Object.fromEntries(
  (Object.keys(INDEXES) as CollectionName[]).map((name) => [
    name,
    new Set(['_id', ...INDEXES[name].map((index) => Object.keys(index.key)[0]!)]),
  ]),
) as never;

const NARROWING = new Set(['$eq', '$in', '$gt', '$gte', '$lt', '$lte', '$regex']);

/** True when the filter narrows by a field an index leads with (an anchored regex counts; `$or` must in every branch). */
function usesIndex(filter: Document | undefined, fields: Set<string>): boolean {
  if (!filter) return false;
  const { $or: branches, ...rest } = filter;
  const narrowed = Object.entries(rest).some(([field, condition]) => {
    if (!fields.has(field)) return false;
    if (condition instanceof RegExp) return condition.source.startsWith('^');
    if (condition && typeof condition === 'object' && !(condition instanceof Date)) {
      const operators = Object.keys(condition);
      if (operators.includes('$regex')) return String((condition as Document).$regex).startsWith('^');
      return operators.some((operator) => NARROWING.has(operator));
    }
    return true; // equality
  });
  return (
    narrowed || (Array.isArray(branches) && branches.every((branch: Document) => usesIndex(branch, fields)))
  );
}

interface Query {
  collection: string;
  command: string;
  filter?: Document;
  sort?: Document;
}

/** The filters a command reads by: find, count, aggregate's first $match, and those of updates and deletes. */
function queriesIn(event: CommandStartedEvent): Query[] {
  const { command, commandName } = event;
  const collection = String(command[commandName]);
  switch (commandName) {
    case 'find':
      return [{ collection, command: commandName, filter: command.filter, sort: command.sort }];
    case 'count':
      // A count with no query reads the collection's own metadata (estimatedDocumentCount).
      return command.query && Object.keys(command.query).length
        ? [{ collection, command: commandName, filter: command.query }]
        : [];
    case 'aggregate': {
      const match = (command.pipeline as Document[])[0]?.$match;
      return [{ collection, command: commandName, filter: match }];
    }
    case 'update':
      return (command.updates as Document[]).map((update) => ({
        collection,
        command: commandName,
        filter: update.q,
      }));
    case 'delete':
      return (command.deletes as Document[]).map((remove) => ({
        collection,
        command: commandName,
        filter: remove.q,
      }));
    case 'findAndModify':
      return [{ collection, command: commandName, filter: command.query }];
    default:
      return [];
  }
}

describe('every query the product makes has an index', () => {
  const catalogue = loadCatalogue();
  const dbName = `test_query_indexes_${randomBytes(4).toString('hex')}`;
  let client: MongoClient;
  let collections: Collections;
  const seen: Query[] = [];

  beforeAll(async () => {
    client = new MongoClient(testMongoUri(), { monitorCommands: true });
    await client.connect();
    collections = collectionsOf(client.db(dbName));
    await ensureIndexes(collections);
    client.on('commandStarted', (event) => seen.push(...queriesIn(event)));
  });
  afterAll(async () => {
    await client.db(dbName).dropDatabase();
    await client.close();
  });

  it('finds no collection scan across imports, chat answers, confirmations and the scheduler-free jobs', async () => {
    const now = new Date();
    const priya = personaByKey('practitioner')!.aadObjectId;
    const mark = personaByKey('manager')!.aadObjectId;
    const chloe = personaByKey('coordinator')!.aadObjectId;
    const newcomer = personaByKey('newcomer')!.aadObjectId;

    // The same imports as the admin CLI, twice (the second run reads what is stored and writes nothing).
    await loadDemoData(collections, { catalogue });
    await loadDemoData(collections, { catalogue });

    // What a chat turn reads.
    const { placesHeld } = await identifyActor(collections, priya);
    await identifyActor(collections, mark);
    const priyaProfile = (await collections.people.findOne({ _id: priya }))!;
    const searcher = { profile: priyaProfile, placesHeld };
    await readinessForPerson(collections, catalogue, priyaProfile, now);
    const asked = { modules: [], contactPoint: true, accessRoutes: [] };
    const found = await sessionsFor(collections, catalogue, searcher, asked, now);
    if (found.kind === 'sessions' && found.sessions[0])
      await readinessForPerson(collections, catalogue, priyaProfile, now, found.sessions[0].session._id);
    await sessionsFor(
      collections,
      catalogue,
      searcher,
      {
        ...asked,
        contactPoint: false,
        modules: ['IS02'],
        partOfDay: 'afternoon',
        when: { kind: 'next-week' },
      },
      now,
    );
    await teamOverview(collections, catalogue, mark, { offset: 0 }, now);
    await teamOverview(collections, catalogue, mark, { offset: 0, blockedOnly: true }, now);
    await findTeamMember(collections, catalogue, mark, 'Priya', now);
    await confirmTeamMemberItCompetence(
      collections,
      catalogue,
      { aadObjectId: mark, name: 'Mark Evans' },
      priya,
      now,
    );
    await trainingCoordinator(collections);
    await fillRates(collections, now, { offset: 0 });
    await findByEmail(collections, 'Mark.Evans@northdale.example.gov.uk');
    await listOrganisationNames(collections, 15);
    await searchOrganisations(collections, 'bright centre', 15);
    await searchOrganisations(collections, '', 15);

    // Self-declaration and the coordinator's decisions.
    await declareProfile(
      collections,
      catalogue,
      { aadObjectId: newcomer, name: 'Sam Okafor' },
      {
        audience: 'practitioner',
        organisation: 'other',
        organisationOther: 'Brightstart Playgroup',
        serviceGroup: 'health',
        contactPointUser: 'yes',
        managerEmail: 'mark.evans@northdale.example.gov.uk',
      },
      now,
    );
    await waitingForConfirmation(collections, 0);
    await declaredPerson(collections, newcomer);
    const reviewer = { id: chloe, name: 'Chloe Brown', isCoordinator: true };
    await rejectSelfDeclared(collections, { reviewer, aadObjectId: newcomer }, now);
    await confirmSelfDeclared(
      collections,
      catalogue,
      { reviewer, aadObjectId: newcomer, evenIfRejected: true },
      now,
    );
    await ensureOrganisation(collections, 'Another New Place', now);
    await grantPermission(collections, priya, 'trainer');
    await revokePermission(collections, priya, 'trainer');

    // Booking: every use case a card button runs.
    const rules = DEFAULT_BOOKING_RULES;
    const markActor = { ...(await identifyActor(collections, mark)), name: 'Mark Evans' };
    const chloeActor = { ...(await identifyActor(collections, chloe)), name: 'Chloe Brown' };
    if (found.kind === 'sessions' && found.sessions[0]) {
      const sessionId = found.sessions[0].session._id;
      const profile = (await findByAadObjectId(collections, priya))!;
      const booked = await bookSession(
        collections,
        catalogue,
        { profile, sessionId, actor: { by: priya, byName: 'Priya' } },
        rules,
        now,
      );
      if (booked.ok) {
        await approvalFacts(collections, catalogue, booked.booking, now);
        await decideBooking(collections, booked.booking._id, 'approve', markActor, rules, now);
        await cancelBooking(collections, booked.booking._id, chloeActor, rules, now);
      }
      await nominateStaff(collections, catalogue, markActor, [priya], sessionId, rules, now);
      await myBookings(collections, catalogue, priya, rules, now);
      await findAwaitingApproval(collections, mark, 10);
      await findAwaitingApproval(collections, null, 10);
      await countWaiting(collections, [sessionId]);
      await lapseOverdueHolds(collections, rules, new Date(now.getTime() + 30 * 24 * 3600_000));
      await nominationChoices(collections, catalogue, mark, now);
      await coordinatorOnDuty(collections);
      await cancelSession(collections, sessionId, { by: chloe, byName: 'Chloe Brown' }, 'trainer ill', now);
    }
    // Conversations.
    const conversations = conversationRepository(collections);
    await conversations.save(
      { _id: 'c1', aadObjectId: priya, conversationType: 'personal', reference: {} },
      now,
    );
    await conversations.findPersonal(priya);
    await conversations.findLatest('tenant-1');
    await conversations.findLatest();
    await conversations.list(10);

    // Who the bot could not reach.
    await markUnreachable(collections, priya, '403 ConversationBlockedByUser', now);
    await listUnreachable(collections);
    await markReachable(collections, priya);
    await conversations.remove('c1');

    // The bookings export (admin export bookings), with a booking so that its sessions are read too.
    const demoSession = (
      await collections.sessions
        .find({ start: { $gt: now } })
        .limit(1)
        .toArray()
    )[0]!;
    await collections.bookings.insertOne(
      bookingOn(demoSession, { person: { aadObjectId: priya, name: 'Priya' } }),
    );
    await exportBookings(collections, () => undefined, { onProgress: () => undefined });
    // A coordinator managing sessions: the overview, a new session, asking to cancel one and cancelling it.
    await sessionsOverview(collections, { offset: 0 }, now);
    await sessionsOverview(collections, { offset: 8, course: 'CP', accessRoute: 'care-first' }, now);
    await sessionsOverview(collections, { offset: 0, accessRoute: 'profile' }, now);
    await trainersOfRecord(collections);
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    const added = await createSession(
      collections,
      catalogue,
      {
        course: 'IS02',
        start: `${tomorrow}T09:30`,
        end: `${tomorrow}T12:00`,
        venue: 'Room 9',
        capacity: '9',
      },
      'IDXS',
      now,
    );
    if (!added.ok) throw new Error('the session was not added');
    await sessionCancelPreview(collections, added.session._id, now);
    await cancelSession(collections, added.session._id, { by: chloe, byName: 'Chloe Brown' }, 'test', now);

    expect(seen.length).toBeGreaterThan(30);
    const scans = seen.filter((query) => {
      const fields = LEADING_FIELDS[query.collection as CollectionName];
      if (!fields) return true;
      return (
        !usesIndex(query.filter, fields) &&
        !(query.command === 'find' && isEmpty(query.filter) && sortsByIndex(query.sort, fields))
      );
    });
    expect(scans).toEqual([]);
  });

  it('catches a query that would scan (the check can fail)', () => {
    const fields = LEADING_FIELDS.people;
    expect(usesIndex({ organisation: 'Northdale' }, fields)).toBe(false);
    expect(usesIndex({ email: { $regex: 'mark', $options: 'i' } }, fields)).toBe(false);
    expect(usesIndex({ $or: [{ managerAadObjectId: 'x' }, { declaredManagerEmail: 'y' }] }, fields)).toBe(
      false,
    );
    expect(usesIndex({ email: 'mark@x' }, fields)).toBe(true);
  });
});

function isEmpty(filter: Document | undefined): boolean {
  return !filter || Object.keys(filter).length === 0;
}

/** An unfiltered read in the order of an index (a first page of a list) walks that index, not the collection. */
function sortsByIndex(sort: Document | Map<string, unknown> | undefined, fields: Set<string>): boolean {
  const first = sort instanceof Map ? [...sort.keys()][0] : sort ? Object.keys(sort)[0] : undefined;
  return Boolean(first && fields.has(first));
}
