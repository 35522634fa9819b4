import { addWorkingDays, subtractWorkingDays } from '../../../services/booking/workingDays';

describe('working days in London, less England’s bank holidays', () => {
  it.each([
    ['Tuesday + 5 = next Tuesday', '2026-12-01T10:00:00Z', 5, '2026-12-08T10:00:00Z'],
    ['Friday + 1 = Monday', '2026-12-04T16:00:00Z', 1, '2026-12-07T16:00:00Z'],
    ['Saturday + 1 = Tuesday (counts from Monday)', '2026-12-05T09:00:00Z', 1, '2026-12-08T09:00:00Z'],
    // 25 Dec (Friday), and Monday 28 Dec, Boxing Day's substitute, are bank holidays.
    ['Wednesday 23 Dec + 2 = Tuesday 29 Dec', '2026-12-23T10:00:00Z', 2, '2026-12-29T10:00:00Z'],
    // Good Friday and Easter Monday 2027, across the clocks going forward: the same London time, 09:00.
    ['Thursday before Easter + 1 = the Tuesday after', '2027-03-25T09:00:00Z', 1, '2027-03-30T08:00:00Z'],
  ])('%s', (_, from, days, expected) => {
    expect(addWorkingDays(new Date(from), days)).toEqual(new Date(expected));
  });

  it.each([
    ['Monday - 2 = Thursday', '2026-12-21T09:30:00Z', 2, '2026-12-17T09:30:00Z'],
    ['Wednesday - 2 = Monday', '2026-12-23T09:30:00Z', 2, '2026-12-21T09:30:00Z'],
    ['Tuesday 29 Dec - 2 = Wednesday 23 Dec', '2026-12-29T09:30:00Z', 2, '2026-12-23T09:30:00Z'],
  ])('%s', (_, from, days, expected) => {
    expect(subtractWorkingDays(new Date(from), days)).toEqual(new Date(expected));
  });
});
