import type { Collections } from '../storage/collections';
import type { StaffProfile } from './staffProfile';

/** The first training coordinator of record by name: the one people are sent to, and who acts for absent managers. */
async function firstCoordinator(
  collections: Collections,
): Promise<Pick<StaffProfile, '_id' | 'name' | 'email'> | undefined> {
  const [found] = await collections.people
    .find({ permissions: 'coordinator', source: 'roster' }, { projection: { name: 1, email: 1 } })
    .sort({ name: 1 })
    .limit(1)
    .toArray();
  return found;
}

/** Who people are told to contact: a training coordinator of record (the first by name), if there is one. */
export async function trainingCoordinator(
  collections: Collections,
): Promise<{ name: string; email?: string } | undefined> {
  const coordinator = await firstCoordinator(collections);
  return coordinator
    ? { name: coordinator.name, ...(coordinator.email ? { email: coordinator.email } : {}) }
    : undefined;
}

/** The coordinator of record who acts when a person has no line manager on the roster (first by name). */
export async function coordinatorOnDuty(
  collections: Collections,
): Promise<{ aadObjectId: string; name: string } | undefined> {
  const coordinator = await firstCoordinator(collections);
  return coordinator ? { aadObjectId: coordinator._id, name: coordinator.name } : undefined;
}
