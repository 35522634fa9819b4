import { formatDateTime } from '../../cards/format';
import { teamCard } from '../../cards/teamCard';
import { teamMemberCard } from '../../cards/teamMemberCard';
import type { Notice } from '../../cards/waitingForConfirmationCard';
import { confirmTeamMemberItCompetence } from '../../services/people/teamMember';
import { teamOverview } from '../../services/people/teamOverview';
import type { ActionRequest } from '../actionRoutes';
import { memberBookings } from '../memberBookings';
import type { TeamMemberData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { NOT_A_MANAGER } from '../replies';
import { tellPerson } from '../tellPerson';
import { displayNameOf, firstNameOf } from '../views';

/**
 * `team.confirmIt`: the manager of record confirms a line report's IT competence (domain §6). The card it was
 * pressed on updates in place; the person is told in their own chat.
 */
export async function teamConfirmIt({ data, actor, services }: ActionRequest<TeamMemberData>) {
  if (!actor.isManager) return messageResponse(NOT_A_MANAGER);
  const { collections } = services.database;
  const now = services.clock();
  const manager = { aadObjectId: actor.aadObjectId, name: displayNameOf(actor.profile?.name) };
  const result = await confirmTeamMemberItCompetence(
    collections,
    services.catalogue,
    manager,
    data.aadObjectId,
    now,
  );
  if (!result.ok && result.reason === 'not_in_team')
    return messageResponse('Only their line manager can confirm that. The card is unchanged.');

  let notice: Notice;
  if (result.ok) {
    const told = await tellPerson(
      services,
      result.member.aadObjectId,
      `${manager.name} has confirmed your IT competence for ContactPoint training. Ask "am I ready?" to see what is left.`,
    );
    notice = {
      tone: 'good',
      text: `Confirmed ${result.member.name}'s IT competence.${told ? ` ${firstNameOf(result.member.name)} has been told.` : ''}`,
    };
  } else {
    notice = {
      tone: 'warning',
      text: `${result.member.name}'s IT competence was already confirmed${result.by ? ` by ${result.by}` : ''}${result.at ? ` on ${formatDateTime(result.at)}` : ''}. Nothing changed.`,
    };
  }
  const place = { offset: data.offset, blockedOnly: data.blockedOnly };
  if (data.from === 'member')
    return cardResponse(
      teamMemberCard(result.member, place, notice, await memberBookings(services, result.member.aadObjectId)),
    );
  const team = await teamOverview(collections, services.catalogue, actor.aadObjectId, place, now);
  return cardResponse(teamCard(team, notice));
}
