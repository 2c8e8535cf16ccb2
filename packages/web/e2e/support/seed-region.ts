/** The region the browser tests run on. */
import type { Database } from '../../../server/src/db/database.js';
import type { SeededRegion } from './region.ts';
import { seedSmallRegion } from './seed.ts';

export async function seedRegion(db: Database): Promise<SeededRegion> {
  return seedSmallRegion(db);
}
