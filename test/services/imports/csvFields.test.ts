import { localDateTime, parseCalendarDate, pastDate, yesNo } from '../../../services/imports/csvFields';

describe('import cell formats', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['02/03/2026', '2026-03-02'],
    ['2/3/2026', '2026-03-02'],
    ['29/02/2028', '2028-02-29'],
  ])('reads the date %s as %s', (input, date) => {
    expect(parseCalendarDate(input)).toEqual({ date });
  });

  it.each([
    ['31/02/2026', '"31/02/2026" is not a real date'],
    ['2026-02-29', '"2026-02-29" is not a real date'],
    ['2026-13-01', '"2026-13-01" is not a real date'],
    ['03-02-2026', '"03-02-2026" is not a date (use YYYY-MM-DD or DD/MM/YYYY)'],
    ['2 March 2026', '"2 March 2026" is not a date (use YYYY-MM-DD or DD/MM/YYYY)'],
  ])('refuses the date %s', (input, problem) => {
    expect(parseCalendarDate(input)).toEqual({ problem });
  });

  it('refuses a certificate or completion date after today', () => {
    expect(pastDate('2026-05-06').safeParse('2026-05-06').success).toBe(true);
    expect(pastDate('2026-05-06').safeParse('07/05/2026').error?.issues[0]?.message).toBe(
      '"07/05/2026" is in the future',
    );
  });

  it.each([
    ['2026-01-12T09:30', '2026-01-12T09:30:00.000Z'], // GMT
    ['2026-06-01T09:30', '2026-06-01T08:30:00.000Z'], // BST
    ['2026-06-01 13:30', '2026-06-01T12:30:00.000Z'],
    ['01/06/2026 13:30', '2026-06-01T12:30:00.000Z'],
  ])('reads the Europe/London time %s as the instant %s', (input, instant) => {
    expect(localDateTime.parse(input).toISOString()).toBe(instant);
  });

  it.each([
    ['2026-03-29T01:30', '"2026-03-29T01:30" does not exist in UK time (the clocks go forward then)'],
    ['2026-02-30T09:30', '"2026-02-30T09:30" is not a real date and time'],
    ['2026-06-01T25:00', '"2026-06-01T25:00" is not a real date and time'],
    ['2026-06-01', '"2026-06-01" is not a date and time (use YYYY-MM-DDTHH:MM)'],
  ])('refuses the date and time %s', (input, message) => {
    expect(localDateTime.safeParse(input).error?.issues[0]?.message).toBe(message);
  });

  it('reads yes and no in any case and refuses anything else', () => {
    expect(yesNo.parse('Yes')).toBe(true);
    expect(yesNo.parse('NO')).toBe(false);
    expect(yesNo.safeParse('y').error?.issues[0]?.message).toBe('"y" must be yes or no');
  });
});
