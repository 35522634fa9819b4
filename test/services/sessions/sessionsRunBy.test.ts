import { sessionsRunBy } from '../../../services/sessions/sessionsRunBy';
import { openTestDatabase } from '../../support/testDatabase';
import { cpSession, NOW } from '../booking/bookingFixtures';

describe('the sessions a trainer runs', () => {
  it('leaves out sessions that are cancelled or over', async () => {
    const database = await openTestDatabase('runs');
    try {
      await database.collections.sessions.insertMany([
        cpSession('runs', { trainer: 'tom' }),
        cpSession('cancelled', {
          trainer: 'tom',
          cancelled: { by: 'c', byName: 'C', at: NOW, reason: 'ill' },
        }),
        cpSession('past', { trainer: 'tom', start: new Date(NOW.getTime() - 1) }),
        cpSession('someone-else', { trainer: 'ann' }),
      ]);
      const runs = await sessionsRunBy(database.collections, 'tom', NOW);
      expect(runs.sessions.map((session) => session._id)).toEqual(['runs']);
      expect(runs.total).toBe(1);
    } finally {
      await database.drop();
    }
  });
});
