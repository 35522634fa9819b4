import type { Collections } from '../storage/collections';
import type { StaffProfile } from './staffProfile';
import { findByAadObjectId, hasReports } from './staffProfileRepository';

/** Who is asking, as far as the roster knows: drives what the bot offers them. */
export interface Actor {
  aadObjectId: string;
  profile: StaffProfile | null;
  isManager: boolean;
  isCoordinator: boolean;
  isTrainer: boolean;
}

export async function identifyActor(collections: Collections, aadObjectId: string): Promise<Actor> {
  const [profile, reports] = await Promise.all([
    findByAadObjectId(collections, aadObjectId),
    hasReports(collections, aadObjectId),
  ]);
  const permissions = profile?.permissions ?? [];
  return {
    aadObjectId,
    profile,
    isManager:
      reports || profile?.audience === 'operational-manager' || profile?.audience === 'senior-manager',
    isCoordinator: permissions.includes('coordinator'),
    isTrainer: permissions.includes('trainer') || profile?.audience === 'trainer',
  };
}
