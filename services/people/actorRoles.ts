import type { PlaceHeld } from '../booking/bookingRepository';
import type { Collections } from '../storage/collections';
import { isOfRecord, type StaffProfile } from './staffProfile';
import { findWithReportsFlag } from './staffProfileRepository';

/** Who is asking, as far as the roster knows: drives what the bot offers them and what they may do. */
export interface Actor {
  aadObjectId: string;
  profile: StaffProfile | null;
  isManager: boolean;
  isCoordinator: boolean;
  isTrainer: boolean;
  /** Their active bookings (held, waiting, confirmed), read with the profile in the same round trip. */
  placesHeld: PlaceHeld[];
}

/**
 * Roles come from the roster of record only. Someone who entered their own details is a practitioner
 * with no permission, whatever they declared, until a coordinator confirms them (no power by self-declaration).
 */
export async function identifyActor(collections: Collections, aadObjectId: string): Promise<Actor> {
  // One round trip on every turn: the profile and whether anyone reports to them come back together.
  return actorFrom(aadObjectId, await findWithReportsFlag(collections, aadObjectId));
}

/**
 * `identifyActor` for a message, with the fingerprint stored for its conversation read in the same round trip
 * (null when none is stored), so remembering the conversation writes only when something changed.
 */
export async function identifyActorInConversation(
  collections: Collections,
  aadObjectId: string,
  conversationId: string,
): Promise<{ actor: Actor; conversationFingerprint: string | null }> {
  const found = await findWithReportsFlag(collections, aadObjectId, conversationId);
  return {
    actor: actorFrom(aadObjectId, found),
    conversationFingerprint: found.conversationFingerprint ?? null,
  };
}

function actorFrom(
  aadObjectId: string,
  {
    profile,
    hasReports: reports,
    placesHeld,
  }: { profile: StaffProfile | null; hasReports: boolean; placesHeld: PlaceHeld[] },
): Actor {
  if (!profile || !isOfRecord(profile)) {
    return { aadObjectId, profile, isManager: false, isCoordinator: false, isTrainer: false, placesHeld };
  }
  return {
    aadObjectId,
    profile,
    placesHeld,
    isManager: reports || profile.audience === 'operational-manager' || profile.audience === 'senior-manager',
    isCoordinator: profile.permissions.includes('coordinator'),
    isTrainer: profile.permissions.includes('trainer') || profile.audience === 'trainer',
  };
}
