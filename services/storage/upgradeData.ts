import { organisationWords } from '../people/organisation';
import type { Collections } from './collections';

/** Raise this, and add a step below, when stored data must change shape for a new version. */
const DATA_VERSION = 1;

/**
 * Brings data written by earlier versions up to what today's queries expect, once: the version reached is
 * stored, so later start-ups only read one document. Each step is safe to repeat if a start-up is cut short.
 */
export async function upgradeData(collections: Collections, now: Date = new Date()): Promise<void> {
  const stored = await collections.meta.findOne({ _id: 'data' });
  if ((stored?.version ?? 0) >= DATA_VERSION) return;

  // Organisation search reads the words index.
  for (const organisation of await collections.organisations.find({ words: { $exists: false } }).toArray()) {
    await collections.organisations.updateOne(
      { _id: organisation._id, words: { $exists: false } },
      { $set: { words: organisationWords(organisation.name) } },
    );
  }
  // Emails are matched exactly, in lower case.
  for (const person of await collections.people.find({ email: { $regex: '[A-Z]' } }).toArray()) {
    if (person.email)
      await collections.people.updateOne(
        { _id: person._id, email: person.email },
        { $set: { email: person.email.toLowerCase() } },
      );
  }
  // Earlier versions linked a self-declared person to the manager they named: a claim is never of record.
  await collections.people.updateMany(
    { source: 'self-declared', managerAadObjectId: { $exists: true } },
    { $unset: { managerAadObjectId: '' } },
  );

  await collections.meta.updateOne(
    { _id: 'data' },
    { $set: { version: DATA_VERSION, at: now } },
    { upsert: true },
  );
}
