import type { AskData } from '../cardData';
import type { ActionRequest } from '../actionRoutes';
import { messageResponse } from '../invokeResponses';
import { answerAsk } from '../messageRouter';

/** `ask`: a button that asks a question as if it had been typed; the answer arrives below and the card stays. */
export async function ask({ context, data, actor, services }: ActionRequest<AskData>) {
  await answerAsk({ context, text: '', actor, services }, data);
  return messageResponse('Answered below.');
}
