import {
  adaptiveCard,
  foldedSection,
  paragraph,
  statusLabel,
  type StatusTone,
} from '../../cards/adaptiveCard';
import { cardProblems } from '../support/cardValidation';
import { cardText } from '../support/botHarness';
import { contrastIn, TEAMS_THEMES, textsOf } from '../support/teamsThemes';

const TONES: StatusTone[] = ['neutral', 'accent', 'good', 'warning', 'attention'];

describe('statusLabel', () => {
  it.each(TONES)('says the status in a bold word (%s)', (tone) => {
    const label = statusLabel(tone, 'Missing', 'Enhanced CRB check');
    expect(cardText(label)).toBe('**Missing** · Enhanced CRB check');
    expect(cardProblems(adaptiveCard([label]))).toEqual([]);
  });

  it.each(TONES.flatMap((tone) => (['light', 'dark'] as const).map((theme) => [tone, theme] as const)))(
    'passes 4.5:1 in Teams (%s on the %s theme)',
    (tone, theme) => {
      const [shown] = textsOf(adaptiveCard([statusLabel(tone, 'Met')]));
      expect(contrastIn(TEAMS_THEMES[theme], shown!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('catches coloured text that fails (the check can fail)', () => {
    const [yellow] = textsOf(adaptiveCard([paragraph('Waiting', { color: 'Warning' })]));
    const [red] = textsOf(adaptiveCard([paragraph('Missing', { color: 'Attention' })]));
    expect(contrastIn(TEAMS_THEMES.light, yellow!)).toBeLessThan(1.5);
    expect(contrastIn(TEAMS_THEMES.dark, red!)).toBeLessThan(3.3);
  });
});

describe('foldedSection', () => {
  it('hides the section and gives it a button that shows it in place', () => {
    const [buttons, section] = foldedSection('done', 'Show done (2)', [paragraph('IW01')]);
    expect(section).toEqual({ type: 'Container', id: 'done', isVisible: false, items: [paragraph('IW01')] });
    expect(buttons).toEqual({
      type: 'ActionSet',
      actions: [{ type: 'Action.ToggleVisibility', title: 'Show done (2)', targetElements: ['done'] }],
    });
    expect(cardProblems(adaptiveCard(foldedSection('done', 'Show done (2)', [paragraph('IW01')])))).toEqual(
      [],
    );
  });
});
