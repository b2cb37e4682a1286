import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { UnitDirectory } from './modules/units/unit-directory.ts';

/** What the composition root hands every module's routes. */
export interface AppContext {
  db: Db;
  config: Config;
  units: UnitDirectory;
}
