import type { TurnContext } from 'botbuilder';
import type { WelcomeView } from '../cards/welcomeCard';
import type { Actor } from '../services/people/actorRoles';

export function welcomeViewFor(actor: Actor, context: TurnContext): WelcomeView {
  const name = actor.profile?.name ?? context.activity.from?.name ?? '';
  return {
    firstName: name.trim().split(/\s+/)[0] || undefined,
    onRoster: Boolean(actor.profile),
    isManager: actor.isManager,
    isCoordinator: actor.isCoordinator,
    isTrainer: actor.isTrainer,
  };
}
