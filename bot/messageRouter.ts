import type { TurnContext } from 'botbuilder';
import { welcomeCard } from '../cards/welcomeCard';
import type { Actor } from '../services/people/actorRoles';
import { cardMessage } from './attachments';
import type { BotServices } from './botServices';
import { welcomeViewFor } from './welcome';

export interface MessageRequest {
  context: TurnContext;
  text: string;
  actor: Actor;
  services: BotServices;
}

type Intent = 'help' | 'contactpoint_info' | 'fallback';

function understand(text: string): Intent {
  const words = text.toLowerCase();
  if (!words.trim() || /^(help|hi|hello|hey|start|menu|\?)\b/.test(words)) return 'help';
  if (/contact ?point/.test(words) && /\bwhat\b/.test(words)) return 'contactpoint_info';
  return 'fallback';
}

/** Free-text questions: each intent maps to one handler. */
const MESSAGE_ROUTES: Record<Intent, (request: MessageRequest) => Promise<void>> = {
  help: async ({ context, actor }) => {
    await context.sendActivity(cardMessage(welcomeCard(welcomeViewFor(actor, context))));
  },
  contactpoint_info: async ({ context }) => {
    await context.sendActivity(
      'ContactPoint is the national index of children in England: it shows who else works with a child so ' +
        'practitioners can get in touch. You can only use it after the mandatory face-to-face ContactPoint training ' +
        'and the checks before it (eCRB, IT competence, Information Sharing training, identity check). ' +
        'Ask me "am I ready?" to see where you stand.',
    );
  },
  fallback: async ({ context }) => {
    await context.sendActivity(
      'Sorry, I didn\'t catch that. Try "my training", "am I ready?", "find a session" or "help".',
    );
  },
};

export async function answerMessage(request: MessageRequest): Promise<void> {
  await MESSAGE_ROUTES[understand(request.text)](request);
}
