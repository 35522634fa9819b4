import type { TurnContext } from 'botbuilder';
import type { WelcomeView } from '../cards/welcomeCard';
import type { Actor } from '../services/people/actorRoles';
import { firstNameOf } from './views';

export function welcomeViewFor(actor: Actor, context: TurnContext): WelcomeView {
  return {
    firstName: firstNameOf(actor.profile?.name) ?? firstNameOf(context.activity.from?.name),
    onRoster: Boolean(actor.profile),
    rejected: Boolean(actor.profile?.rejected),
    isManager: actor.isManager,
    isCoordinator: actor.isCoordinator,
    isTrainer: actor.isTrainer,
  };
}
