import {
  Audience,
  AUDIENCES,
  AUDIENCE_LABELS,
  ServiceGroup,
  SERVICE_GROUPS,
} from '../../services/catalogue/vocabulary';
import type { Catalogue } from '../../services/catalogue/loadCatalogue';
import {
  confirmSelfDeclared,
  rejectSelfDeclared,
  type Corrections,
  type ReviewRefusal,
  type Reviewer,
} from '../../services/people/reviewSelfDeclared';
import { waitingForConfirmation, WAITING_PAGE_SIZE } from '../../services/people/waitingForConfirmation';
import type { Collections } from '../../services/storage/collections';

// `admin waiting`, `admin confirm` and `admin reject`: the coordinator's confirmation queue at the command line,
// through the same use cases as the card in Teams.

/** The administrator at the CLI runs the server, so may decide as a coordinator would; the audit says who. */
const ADMIN: Reviewer = { id: 'admin-cli', name: 'the administrator (admin CLI)', isCoordinator: true };

export type ReviewCommand =
  | { name: 'waiting' }
  | { name: 'confirm'; aadObjectId: string; corrections: Corrections }
  | { name: 'reject'; aadObjectId: string };

export const REVIEW_USAGE = `  waiting                          people who entered their own details and wait to be confirmed
  confirm AAD_OBJECT_ID [--audience A] [--organisation NAME] [--service-group G] [--manager EMAIL | --no-manager]
                                   put them on the roster, as declared or corrected
  reject AAD_OBJECT_ID             turn their details down; they keep no role`;

/** Each `confirm` option that takes a value: sets the correction, or says what is wrong with the value. */
const CORRECTION_OPTIONS = {
  '--audience': (corrections: Corrections, value: string) => {
    const parsed = Audience.safeParse(value);
    if (!parsed.success) return `must be one of: ${AUDIENCES.join(', ')} (not "${value}").`;
    corrections.audience = parsed.data;
  },
  '--service-group': (corrections: Corrections, value: string) => {
    const parsed = ServiceGroup.safeParse(value);
    if (!parsed.success) return `must be one of: ${SERVICE_GROUPS.join(', ')} (not "${value}").`;
    corrections.serviceGroup = parsed.data;
  },
  '--organisation': (corrections: Corrections, value: string) => {
    corrections.organisation = value;
  },
  '--manager': (corrections: Corrections, value: string) => {
    corrections.managerEmail = value;
  },
} satisfies Record<string, (corrections: Corrections, value: string) => string | void>;

/** Parses `confirm`/`reject`/`waiting` and their options; a message names what is wrong. */
export function parseReviewCommand(
  name: 'waiting' | 'confirm' | 'reject',
  args: readonly string[],
): { ok: true; command: ReviewCommand } | { ok: false; message: string } {
  if (name === 'waiting') {
    return args.length
      ? { ok: false, message: 'waiting takes no arguments.' }
      : { ok: true, command: { name } };
  }
  const [aadObjectId, ...options] = args;
  if (!aadObjectId || aadObjectId.startsWith('--'))
    return { ok: false, message: `Give one person: ${name} AAD_OBJECT_ID` };
  if (name === 'reject') {
    return options.length
      ? { ok: false, message: 'reject takes only the person: reject AAD_OBJECT_ID' }
      : { ok: true, command: { name, aadObjectId } };
  }
  const corrections: Corrections = {};
  for (let i = 0; i < options.length; i += 1) {
    const option = options[i] ?? '';
    if (option === '--no-manager') {
      corrections.noManager = true;
      continue;
    }
    const value = options[i + 1];
    if (!Object.hasOwn(CORRECTION_OPTIONS, option))
      return { ok: false, message: `Unknown option "${option}" for confirm.` };
    if (!value) return { ok: false, message: `Give a value after ${option}.` };
    const set = CORRECTION_OPTIONS[option as keyof typeof CORRECTION_OPTIONS](corrections, value);
    if (set) return { ok: false, message: `${option} ${set}` };
    i += 1;
  }
  if (corrections.noManager && corrections.managerEmail)
    return { ok: false, message: 'Give --manager EMAIL or --no-manager, not both.' };
  return { ok: true, command: { name, aadObjectId, corrections } };
}

export async function runReviewCommand(
  collections: Collections,
  catalogue: Catalogue,
  command: ReviewCommand,
  io: { out(line: string): void; err(line: string): void },
  now: Date = new Date(),
): Promise<number> {
  if (command.name === 'waiting') {
    let offset = 0;
    let shown = 0;
    for (;;) {
      const page = await waitingForConfirmation(collections, offset);
      if (!page.total) {
        io.out('Nobody is waiting to be confirmed.');
        return 0;
      }
      if (offset === 0)
        io.out(`${page.total} ${page.total === 1 ? 'person is' : 'people are'} waiting to be confirmed:`);
      for (const person of page.people) {
        const manager = person.claimedManagerEmail
          ? `, says their manager is ${person.claimedManagerEmail}${person.claimedManager ? ` (${person.claimedManager.name})` : ' (not on the roster)'}`
          : '';
        io.out(
          `  ${person.aadObjectId}  ${person.name}: ${AUDIENCE_LABELS[person.audience]} at ${person.organisation}${person.organisationKnown ? '' : ' (new organisation)'}${manager}`,
        );
      }
      shown += page.people.length;
      if (shown >= page.total || page.people.length < WAITING_PAGE_SIZE) return 0;
      offset += WAITING_PAGE_SIZE;
    }
  }
  if (command.name === 'reject') {
    const result = await rejectSelfDeclared(
      collections,
      { reviewer: ADMIN, aadObjectId: command.aadObjectId },
      now,
    );
    if (!result.ok) return refused(result, command.aadObjectId, io);
    io.out(
      `Rejected ${result.person.name}'s details. They hold no role; they are told when they next ask the bot.`,
    );
    return 0;
  }
  const result = await confirmSelfDeclared(
    collections,
    catalogue,
    {
      reviewer: ADMIN,
      aadObjectId: command.aadObjectId,
      corrections: command.corrections,
      evenIfRejected: true,
    },
    now,
  );
  if (!result.ok) return refused(result, command.aadObjectId, io);
  const { person, manager, organisationAdded, corrected } = result;
  io.out(
    `Confirmed ${person.name} (${person._id}): ${AUDIENCE_LABELS[person.audience]} at ${person.organisation}, ${manager ? `line manager ${manager.name}` : 'no line manager'}.`,
  );
  if (corrected.length) io.out(`Corrected: ${corrected.join('; ')}.`);
  if (organisationAdded) io.out(`${person.organisation} was added to the organisations, not accredited.`);
  return 0;
}

function refused(refusal: ReviewRefusal, aadObjectId: string, io: { err(line: string): void }): number {
  switch (refusal.reason) {
    case 'unknown_person':
      io.err(`No one has aadObjectId ${aadObjectId}.`);
      break;
    case 'already_confirmed':
      io.err(`${refusal.person.name} is already on the roster; nothing changed.`);
      break;
    case 'already_rejected':
      io.err(`${refusal.person.name} was already rejected by ${refusal.decision.byName}; nothing changed.`);
      break;
    case 'invalid':
      io.err(`${refusal.person.name} was not confirmed: ${refusal.problems.join(' ')}`);
      break;
    default:
      io.err(`Nothing changed (${refusal.reason}).`);
  }
  return 1;
}
