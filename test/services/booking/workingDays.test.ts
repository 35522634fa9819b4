import { addWorkingDays, subtractWorkingDays } from '../../../services/booking/workingDays';

describe('working days in London', () => {
  it.each([
    ['Tuesday + 5 = next Tuesday', '2026-12-01T10:00:00Z', 5, '2026-12-08T10:00:00Z'],
    ['Friday + 1 = Monday', '2026-12-04T16:00:00Z', 1, '2026-12-07T16:00:00Z'],
    ['Saturday + 1 = Tuesday (counts from Monday)', '2026-12-05T09:00:00Z', 1, '2026-12-08T09:00:00Z'],
    ['across the clocks going forward, same London time', '2027-03-26T09:00:00Z', 1, '2027-03-29T08:00:00Z'],
  ])('%s', (_, from, days, expected) => {
    expect(addWorkingDays(new Date(from), days)).toEqual(new Date(expected));
  });

  it.each([
    ['Monday - 2 = Thursday', '2026-12-21T09:30:00Z', 2, '2026-12-17T09:30:00Z'],
    ['Wednesday - 2 = Monday', '2026-12-23T09:30:00Z', 2, '2026-12-21T09:30:00Z'],
  ])('%s', (_, from, days, expected) => {
    expect(subtractWorkingDays(new Date(from), days)).toEqual(new Date(expected));
  });
});
