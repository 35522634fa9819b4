import { FOLDED_SECTION_IDS, pathwayCard, type PathwayView } from '../../cards/pathwayCard';
import { AUDIENCES } from '../../services/catalogue/vocabulary';
import { buildPathway, type Booked, type Pathway } from '../../services/pathway/buildPathway';
import { aProfile, catalogue, clock, done, TRAINER_RECORD } from '../services/catalogue/fixtures';
import { cardText } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { faintTexts } from '../support/teamsThemes';

type Profile = Parameters<typeof aProfile>[0];

function view(profile: Profile, bookings: Booked[] = [], selfDeclared = false): PathwayView {
  return {
    firstName: 'Sam',
    roleLabel: 'Role',
    organisation: 'Riverside Health Trust',
    selfDeclared,
    pathway: buildPathway(catalogue, aProfile(profile), { today: clock(), bookings }),
  };
}

/** The codes of a pathway in its own order, so "the first k done" walks a person along it. */
const codesOf = (profile: Profile) =>
  buildPathway(catalogue, aProfile(profile), { today: clock() }).items.map((item) => item.code);

const doneOn = (codes: string[]) => done(...codes.map((code) => `${code}@2026-01-15`));

// Every audience, nominated for ContactPoint or not, at the start, part way, nearly done and done; and a few
// states that used to go wrong (safeguarding booked while ContactPoint training waits for it, optional done).
const STATES: [string, PathwayView][] = AUDIENCES.flatMap((audience) =>
  [false, true].flatMap((contactPointUser) => {
    const profile = { audience, contactPointUser };
    const codes = codesOf(profile);
    const at = (k: number) => ({ ...profile, completed: doneOn(codes.slice(0, k)) });
    const who = `${audience}${contactPointUser ? ', ContactPoint user' : ''}`;
    return [
      [`${who}, nothing done`, view(profile)],
      [`${who}, a third done`, view(at(Math.ceil(codes.length / 3)))],
      [`${who}, all but the last done`, view(at(codes.length - 1))],
      [`${who}, everything done`, view(at(codes.length))],
    ] as [string, PathwayView][];
  }),
);
const PRACTITIONER_BEFORE_CP = ['IW01', 'IS01', 'IS02', 'CAF01', 'CAF02', 'LP01', 'LP02'];
STATES.push(
  [
    'safeguarding booked, ContactPoint training waiting for it',
    view({ contactPointUser: true, completed: doneOn(PRACTITIONER_BEFORE_CP) }, [
      { code: 'SG', sessionStart: new Date('2026-05-20T08:30:00Z') },
    ]),
  ],
  [
    'an optional module done and another booked, self-declared',
    view(
      { completed: doneOn(['IW01', 'IS01', 'IS-EL']) },
      [{ code: 'IS03', sessionStart: new Date('2026-06-01T08:30:00Z') }],
      true,
    ),
  ],
  [
    'ContactPoint training done: the IS Index modules done through it',
    view({ contactPointUser: true, completed: doneOn([...PRACTITIONER_BEFORE_CP, 'SG', 'CP']) }),
  ],
);

interface Row {
  word: string;
  code: string;
  markedOptional: boolean;
}

/** The rows of a section: each a bold status word, then the code ("**Next** · **CAF01** Introduction ..."). */
function rowsOf(section: any): Row[] {
  if (!section) return [];
  return (section.items as any[]).slice(1).map((row) => {
    const text: string = row.type === 'Container' ? row.items[0].text : row.text;
    const match = /^\*\*([^*]+)\*\* · \*\*([^*]+)\*\* /.exec(text);
    if (!match) throw new Error(`a row without a bold status word and code: ${text}`);
    return { word: match[1]!, code: match[2]!, markedOptional: /· optional(\s|$)/.test(text) };
  });
}

function sectionsOf(card: any) {
  const byId = (id: string) => card.body.find((element: any) => element.id === id);
  return {
    toDo: rowsOf(card.body.find((element: any) => element.items?.[0]?.text === 'To do')),
    done: rowsOf(byId(FOLDED_SECTION_IDS.done)),
    optional: rowsOf(byId(FOLDED_SECTION_IDS.optional)),
  };
}

/** Every element and action of a card, however deep. */
function everything(node: unknown): any[] {
  if (Array.isArray(node)) return node.flatMap(everything);
  if (!node || typeof node !== 'object') return [];
  const children = ['body', 'items', 'actions', 'columns'].flatMap((key) => everything((node as any)[key]));
  return [node, ...children];
}

describe('the pathway card', () => {
  describe.each(STATES)('%s', (_, state) => {
    const card = pathwayCard(state);
    const text = cardText(card);
    const sections = sectionsOf(card);
    const pathway: Pathway = state.pathway;

    it('parses cleanly in the adaptivecards library', () => {
      expect(cardProblems(card)).toEqual([]);
    });

    it('counts exactly the rows it lists', () => {
      const required = [...sections.toDo, ...sections.done].filter((row) => !row.markedOptional);
      const requiredDone = sections.done.filter((row) => !row.markedOptional);
      expect(text).toContain(`**${requiredDone.length} of ${required.length}** required done`);
      const optionalDone = sections.done.length - requiredDone.length;
      expect(text.includes(`${optionalDone} optional done`)).toBe(optionalDone > 0);
      const booked = sections.toDo.filter((row) => row.word === 'Booked').length;
      expect(text.includes(`${booked} booked`)).toBe(booked > 0);
      expect(text.includes(`Show done (${sections.done.length})`)).toBe(sections.done.length > 0);
      expect(text.includes(`Show optional (${sections.optional.length})`)).toBe(sections.optional.length > 0);
      expect(sections.done.every((row) => row.word === 'Done')).toBe(true);
      expect(sections.optional.every((row) => row.word === 'Optional')).toBe(true);
    });

    it('says "Next" on exactly one row, the next step, and only when there is one', () => {
      const next = [...sections.toDo, ...sections.done, ...sections.optional].filter(
        (row) => row.word === 'Next',
      );
      const step = pathway.nextStep;
      expect(next.map((row) => row.code)).toEqual('code' in step ? [step.code] : []);
      expect(sections.toDo.every((row) => ['Next', 'To do', 'Later', 'Booked'].includes(row.word))).toBe(
        true,
      );
    });

    it('lists every module of the pathway, as a row or within the course that teaches it', () => {
      const listed = new Set(
        [...sections.toDo, ...sections.done, ...sections.optional].map((row) => row.code),
      );
      const within = [...text.matchAll(/includes ([A-Z0-9, -]+)/g)].flatMap((m) => m[1]!.split(', '));
      for (const item of pathway.items) expect([...listed, ...within]).toContain(item.code);
      expect(listed.size + within.length).toBe(pathway.items.length);
    });

    it('folds Done and Optional behind buttons that name sections the card has', () => {
      const parts = everything(card);
      const ids = parts.filter((part) => part.id).map((part) => part.id);
      expect(new Set(ids).size).toBe(ids.length);
      const toggles = parts.filter((part) => part.type === 'Action.ToggleVisibility');
      expect(toggles.length).toBe(Number(sections.done.length > 0) + Number(sections.optional.length > 0));
      for (const toggle of toggles) {
        for (const target of toggle.targetElements) {
          const section = parts.find((part) => part.id === target);
          expect(section).toMatchObject({ type: 'Container', isVisible: false });
        }
      }
      // What needs doing is never folded.
      expect(
        parts
          .filter((part) => part.isVisible === false)
          .map((part) => part.id)
          .sort(),
      ).toEqual(toggles.flatMap((toggle) => toggle.targetElements).sort());
    });

    it.each(['light', 'dark'] as const)('has every text at 4.5:1 or more on the Teams %s theme', (theme) => {
      expect(faintTexts(card, theme)).toEqual([]);
    });

    it('writes dates one way ("15 Jan 2026")', () => {
      expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}/);
    });
  });

  it('covers every way a step can stand, and pathways with and without a next step', () => {
    const words = new Set(
      STATES.flatMap(([, state]) => Object.values(sectionsOf(pathwayCard(state))).flat()).map(
        (row) => row.word,
      ),
    );
    expect([...words].sort()).toEqual(['Booked', 'Done', 'Later', 'Next', 'Optional', 'To do']);
    const actions = new Set(STATES.map(([, state]) => state.pathway.nextStep.action));
    expect([...actions].sort()).toEqual(['ask-coordinator', 'find-session', 'none', 'self-study']);
  });

  it("shows Tom Wilson's 16 steps as 9 to do, 7 done behind a button, and 1 optional behind another", () => {
    const card = pathwayCard(
      view({
        audience: 'trainer',
        contactPointUser: true,
        completed: done(...TRAINER_RECORD),
      }),
    );
    const sections = sectionsOf(card);
    expect(cardText(card)).toContain('**7 of 16** required done');
    expect(sections.toDo.map((row) => `${row.word} ${row.code}`)).toEqual([
      'Next CAF01',
      'Later CAF02',
      'To do CAF03',
      'To do LP01',
      'Later LP02',
      'To do LP03',
      'To do ISI10',
      'To do SG',
      'Later CP',
    ]);
    expect(sections.done).toHaveLength(7);
    expect(sections.optional.map((row) => row.code)).toEqual(['IS-EL']);
    expect(cardText(card)).toContain('includes ISI01, ISI02, ISI03, ISI04');
  });

  it('marks the person’s own details unverified in a bold word when they entered them', () => {
    const text = cardText(pathwayCard(view({}, [], true)));
    expect(text).toContain('**Unverified** · you entered these details yourself');
  });
});
