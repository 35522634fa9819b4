import { organisationWords } from '../people/organisation';
import type { Collections } from './collections';

/**
 * Brings data written by earlier versions up to what today's queries expect. Each step touches only the
 * documents that need it, so running it at every start-up costs next to nothing once done.
 */
export async function upgradeData(collections: Collections): Promise<void> {
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
}
