import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import type { TeamOverview } from '../services/people/teamOverview';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from './adaptiveCard';

/** A manager's team (or the coordinator's unverified people): progress, next module, ContactPoint blockers. */
export function teamCard(overview: TeamOverview): AdaptiveCard {
  const title =
    overview.scope === 'manager'
      ? "Your team's training"
      : 'People waiting for their details to be confirmed';
  const body: CardElement[] = [heading(title)];
  if (!overview.members.length) {
    body.push(
      paragraph(
        overview.scope === 'manager'
          ? 'Nobody on the roster has you as their line manager yet. The training coordinator keeps the roster.'
          : 'Everyone who entered their own details has been confirmed.',
      ),
    );
    return adaptiveCard(body);
  }
  const blocked = overview.members.filter(
    (member) => member.contactPoint && !member.contactPoint.ready,
  ).length;
  const unverified = overview.members.filter((member) => member.unverified).length;
  body.push(
    paragraph(
      [
        `${overview.members.length} ${overview.members.length === 1 ? 'person' : 'people'}`,
        blocked ? `${blocked} blocked for ContactPoint training` : '',
        unverified ? `${unverified} unverified` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      { isSubtle: true },
    ),
  );
  for (const member of overview.members) {
    const lines = [
      `${member.requiredDone} of ${member.requiredTotal} required done${member.nextCode ? ` · next: ${member.nextCode}` : ''}`,
    ];
    if (member.contactPoint) {
      lines.push(
        member.contactPoint.ready
          ? 'Ready for ContactPoint training'
          : `ContactPoint training blocked by: ${member.contactPoint.blockers.join(', ')}`,
      );
    }
    if (member.unverified) {
      lines.push(
        member.claimsThisManager
          ? 'Unverified: entered their own details and named you as their manager'
          : 'Unverified: entered their own details',
      );
    }
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        paragraph(`**${member.name}** · ${AUDIENCE_LABELS[member.audience]} · ${member.organisation}`),
        paragraph(lines.join('  \n'), { spacing: 'None' }),
      ],
    });
  }
  return adaptiveCard(body);
}
