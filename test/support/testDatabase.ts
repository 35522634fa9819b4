import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../services/storage/database';

export function testMongoUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri)
    throw new Error('TEST_MONGODB_URI is not set: run the tests with jest so globalSetup starts a server');
  return uri;
}

/** A fresh database of its own for one test file, dropped by `drop()`. */
export async function openTestDatabase(label: string): Promise<Database & { drop(): Promise<void> }> {
  const name = `test_${label.replace(/[^a-zA-Z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const database = await connectDatabase(testMongoUri(), name);
  return {
    ...database,
    drop: async () => {
      await database.db.dropDatabase();
      await database.close();
    },
  };
}
