import { teamCard } from '../../cards/teamCard';
import { teamMemberCard } from '../../cards/teamMemberCard';
import { teamMemberById } from '../../services/people/teamMember';
import { teamOverview } from '../../services/people/teamOverview';
import type { ActionRequest } from '../actionRoutes';
import { memberBookings } from '../memberBookings';
import type { TeamMemberData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { NOT_A_MANAGER } from '../replies';

/** `team.member`: one line report's training, in place of the team card, with Back to team. */
export async function teamMember({ data, actor, services }: ActionRequest<TeamMemberData>) {
  if (!actor.isManager) return messageResponse(NOT_A_MANAGER);
  const { collections } = services.database;
  const now = services.clock();
  const member = await teamMemberById(
    collections,
    services.catalogue,
    actor.aadObjectId,
    data.aadObjectId,
    now,
  );
  const place = { offset: data.offset, blockedOnly: data.blockedOnly };
  if (!member) {
    const team = await teamOverview(collections, services.catalogue, actor.aadObjectId, place, now);
    return cardResponse(teamCard(team, { tone: 'warning', text: 'That person is no longer in your team.' }));
  }
  return cardResponse(
    teamMemberCard(member, place, undefined, await memberBookings(services, member.aadObjectId)),
  );
}
