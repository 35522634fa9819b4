import { buildPathway } from '../../../services/pathway/buildPathway';
import { pathwaySteps, requiredProgress } from '../../../services/pathway/pathwaySteps';
import { aProfile, catalogue, clock, done, TRAINER_RECORD } from '../catalogue/fixtures';

const trainer = (completed: string[], contactPointUser = true) =>
  buildPathway(
    catalogue,
    aProfile({ audience: 'trainer', contactPointUser, completed: done(...completed) }),
    {
      today: clock(),
    },
  );

const TOM = TRAINER_RECORD;

const codes = (pathway: ReturnType<typeof trainer>) =>
  pathwaySteps(pathway.items).map((step) => step.item.code);

describe('the steps of a pathway', () => {
  it('makes the IS Index modules part of ContactPoint training while both are to do (domain §5)', () => {
    const pathway = trainer(TOM);
    const steps = pathwaySteps(pathway.items);
    expect(codes(pathway)).not.toEqual(expect.arrayContaining(['ISI01']));
    expect(steps.find((step) => step.item.code === 'CP')?.includes.map((item) => item.code)).toEqual([
      'ISI01',
      'ISI02',
      'ISI03',
      'ISI04',
    ]);
    // The train-the-trainer module is not taught within ContactPoint training: a step of its own.
    expect(codes(pathway)).toContain('ISI10');
    expect(pathwaySteps(pathway.items).flatMap((step) => [step.item, ...step.includes])).toHaveLength(
      pathway.items.length,
    );
  });

  it('lists the IS Index modules as done steps once ContactPoint training is done', () => {
    const pathway = trainer([...TOM, 'SG@2025-06-01', 'CP@2025-07-01']);
    expect(codes(pathway)).toEqual(expect.arrayContaining(['CP', 'ISI01', 'ISI02', 'ISI03', 'ISI04']));
    expect(pathwaySteps(pathway.items).every((step) => step.includes.length === 0)).toBe(true);
  });

  it.each<[string, string[], boolean, { done: number; total: number }]>([
    [
      'Tom, a ContactPoint user: 16 steps, the 4 IS Index modules inside ContactPoint training',
      TOM,
      true,
      { done: 7, total: 16 },
    ],
    [
      'a trainer who is not nominated: no ContactPoint training, so each IS Index module is a step',
      TOM,
      false,
      { done: 7, total: 18 },
    ],
    ['a newcomer trainer', [], true, { done: 0, total: 16 }],
  ])('counts required steps: %s', (_, completed, contactPointUser, expected) => {
    const pathway = trainer(completed, contactPointUser);
    expect(requiredProgress(pathway.items)).toEqual(expected);
    const required = pathwaySteps(pathway.items).filter((step) => !step.item.optional);
    expect(required).toHaveLength(expected.total);
  });
});
