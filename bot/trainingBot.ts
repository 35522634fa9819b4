import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationReference,
  type SearchInvokeResponse,
  type SearchInvokeValue,
} from 'botbuilder';
import { answerSearch } from './search';
import { z } from 'zod';
import { conversationRepository } from '../services/conversations/conversationRepository';
import { isBareGreeting } from '../services/intents/smallTalk';
import { identifyActor, identifyActorInConversation } from '../services/people/actorRoles';
import { markReachable } from '../services/people/reachability';
import { actionRouteFor } from './actionRoutes';
import { withinTurn } from './outbound/outbound';
import { messageResponse } from './invokeResponses';
import type { BotServices } from './botServices';
import { apologyFor } from './friendlyErrors';
import { answerMessage, showWelcome } from './messageRouter';
import { correlationIdOf, turnLogger } from './turnContext';

const ActionData = z.record(z.string(), z.unknown()).optional();

/** How long a person waits for an answer before Teams shows "typing…": about when a wait starts to be felt. */
export const TYPING_DELAY_MS = 1_000;

export interface TrainingBotOptions {
  /** In place of TYPING_DELAY_MS (tests). */
  typingDelayMs?: number;
}

/** Translates Teams activities into service calls and cards. No business rules live here. */
export class TrainingBot extends TeamsActivityHandler {
  private readonly typingDelayMs: number;
  /** What every turn's handlers get: sends to other people keep within a turn's retry budget. */
  private readonly services: BotServices;

  constructor(services: BotServices, options: TrainingBotOptions = {}) {
    super();
    this.services = services.outbound ? { ...services, outbound: withinTurn(services.outbound) } : services;
    this.typingDelayMs = options.typingDelayMs ?? TYPING_DELAY_MS;

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botWasAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botWasAdded) {
        await this.rememberConversation(context);
        await this.sendWelcome(context);
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.rememberConversation(context);
      // Someone who installed the app in their own chat can be reached again.
      const person = context.activity.from?.aadObjectId?.toLowerCase();
      if (person && context.activity.conversation.conversationType === 'personal') {
        await markReachable(this.services.database.collections, person);
      }
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      await conversationRepository(this.services.database.collections).remove(
        context.activity.conversation.id,
      );
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const typing = this.typingWhileSlow(context);
    try {
      await this.answer(context);
    } finally {
      await typing.stop();
    }
  }

  private async answer(context: TurnContext): Promise<void> {
    // Teams ids are compared in lower case, as the roster import stores them.
    const aadObjectId = context.activity.from?.aadObjectId?.toLowerCase();
    if (!aadObjectId) {
      await context.sendActivity('Sorry, I can only help people signed in with a work account.');
      return;
    }
    // Who is asking and what is stored for this conversation come back in one round trip; the conversation is
    // written only when it is new or its details changed.
    const { actor, conversationFingerprint } = await identifyActorInConversation(
      this.services.database.collections,
      aadObjectId,
      String(context.activity.conversation.id),
    );
    const { isNew } = await this.rememberConversation(context, conversationFingerprint);
    // They wrote to the bot, so it can reach them again: off the coordinator's list (read with the profile).
    if (actor.profile?.unreachable) await markReachable(this.services.database.collections, aadObjectId);
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    const request = { context, text, actor, services: this.services };
    if (isNew && context.activity.conversation.conversationType === 'personal') {
      // First message from someone who never installed the app: say what the bot does before answering.
      await showWelcome(request);
      // Someone not on the roster has just been shown the onboarding card: their question waits for it.
      // A greeting or a request for help has had its answer: the welcome (greetings are decided in smallTalk.ts).
      if (!actor.profile || !text || isBareGreeting(text)) return;
      if (this.services.understander.understand(text).intent === 'help') return;
    }
    await answerMessage(request);
  }

  /**
   * "Typing…" only when the first reply is slow to come. Teams clears the indicator when a reply arrives, so for
   * a quick answer it shows nothing and costs one more call to the Bot Connector before the answer (a whole
   * round trip to Teams when awaited). With expectReplies every reply comes back at once: no indicator.
   */
  private typingWhileSlow(context: TurnContext): { stop(): Promise<void> } {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return { stop: async () => undefined };
    let sending: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      sending = context.sendActivity({ type: ActivityTypes.Typing }).catch((error: unknown) => {
        turnLogger(context, this.services.logger).debug({ err: error }, 'could not show typing');
      });
    }, this.typingDelayMs);
    context.onSendActivities((_context, _activities, next) => {
      clearTimeout(timer);
      return next();
    });
    return {
      stop: async () => {
        clearTimeout(timer);
        await sending;
      },
    };
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const logger = turnLogger(context, this.services.logger);
    try {
      const verb = invokeValue?.action?.verb;
      const route = actionRouteFor(verb);
      const aadObjectId = context.activity.from?.aadObjectId?.toLowerCase();
      if (!route || !aadObjectId) {
        logger.warn({ verb }, 'unknown card action');
        return messageResponse(
          'Sorry, that button isn\'t available any more. Type "help" to see what I can do.',
        );
      }
      const data = ActionData.safeParse(invokeValue.action.data);
      const parsed = data.success ? route.schema.safeParse(data.data ?? {}) : data;
      if (!parsed.success) {
        logger.warn({ verb, issues: parsed.error.issues }, 'card action data rejected');
        return messageResponse(
          'Sorry, I could not read that card. Please check what you entered and try again.',
        );
      }
      const actor = await identifyActor(this.services.database.collections, aadObjectId);
      return await route.handle({ context, data: parsed.data, actor, services: this.services });
    } catch (error) {
      const correlationId = correlationIdOf(context);
      logger.error({ err: error }, 'card action failed');
      return messageResponse(apologyFor(error, correlationId));
    }
  }

  /** Typeahead in a card (`choices.data`): Teams asks for the choices matching what the person typed. */
  protected override async onSearchInvoke(
    context: TurnContext,
    invokeValue: SearchInvokeValue,
  ): Promise<SearchInvokeResponse> {
    try {
      return await answerSearch(invokeValue, this.services);
    } catch (error) {
      turnLogger(context, this.services.logger).error({ err: error }, 'typeahead search failed');
      return {
        statusCode: 500,
        type: 'application/vnd.microsoft.error',
        value: { code: 'InternalError', message: 'Search is not available just now.' } as never,
      };
    }
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const aadObjectId = context.activity.from?.aadObjectId;
    const conversationType = context.activity.conversation.conversationType;
    if (conversationType === 'personal' && aadObjectId) {
      await this.fillInSenderName(context);
      const actor = await identifyActor(this.services.database.collections, aadObjectId.toLowerCase());
      await showWelcome({ context, text: '', actor, services: this.services });
    } else {
      await context.sendActivity(
        'Hello! I help with Integrated Working and ContactPoint training. Mention me with "help" to see what I can do, ' +
          'or chat with me privately for your own training.',
      );
    }
  }

  /** Teams sends the install event without the person's name; ask Teams for it so the welcome is personal. */
  private async fillInSenderName(context: TurnContext): Promise<void> {
    const from = context.activity.from;
    if (!from || from.name) return;
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      if (member?.name) from.name = member.name;
    } catch (error) {
      turnLogger(context, this.services.logger).debug({ err: error }, 'could not look up the member name');
    }
  }

  /** Stores where to reach this conversation later; writes only when it is new or its details changed. */
  private async rememberConversation(
    context: TurnContext,
    storedFingerprint?: string | null,
  ): Promise<{ isNew: boolean }> {
    const activity = context.activity;
    const type = activity.conversation.conversationType;
    const conversationType = type === 'groupChat' || type === 'channel' ? type : 'personal';
    const reference: Partial<ConversationReference> = TurnContext.getConversationReference(activity);
    // Not the message's own id: it changes with every message, and a later message is not a reply to it.
    delete reference.activityId;
    return conversationRepository(this.services.database.collections).save(
      {
        _id: activity.conversation.id,
        aadObjectId: conversationType === 'personal' ? activity.from?.aadObjectId?.toLowerCase() : undefined,
        conversationType,
        tenantId: activity.conversation.tenantId,
        reference: reference as Record<string, unknown>,
      },
      this.services.clock(),
      storedFingerprint,
    );
  }
}
