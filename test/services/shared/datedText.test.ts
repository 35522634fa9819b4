import { fillTemplate } from '../../../services/shared/datedText';

describe('fillTemplate', () => {
  it.each<[string, string, Parameters<typeof fillTemplate>[1], ReturnType<typeof fillTemplate>]>([
    ['no placeholder', 'Confirmed', {}, ['Confirmed']],
    [
      'words in as words',
      '{organisation} is accredited',
      { organisation: 'Northdale' },
      ['Northdale is accredited'],
    ],
    [
      'days in as data',
      'Issued {issued}, valid until {validUntil}',
      { issued: { day: '2023-03-12' }, validUntil: { day: '2026-03-11' } },
      ['Issued ', { day: '2023-03-12' }, ', valid until ', { day: '2026-03-11' }],
    ],
    [
      'the same day twice',
      'runs out on {expires}; choose a session before {expires}.',
      { expires: { day: '2026-06-10' } },
      ['runs out on ', { day: '2026-06-10' }, '; choose a session before ', { day: '2026-06-10' }, '.'],
    ],
    ['a name without a value stays as written', 'Ask {someone}', {}, ['Ask {someone}']],
    [
      'a value is never read as a template',
      '{organisation} is accredited',
      { organisation: 'Acme {expires}', expires: { day: '2026-06-10' } },
      ['Acme {expires} is accredited'],
    ],
  ])('%s', (_, template, values, expected) => {
    expect(fillTemplate(template, values)).toEqual(expected);
  });
});
