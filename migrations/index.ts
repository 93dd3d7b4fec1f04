// The migrations, oldest first. `nx run api:migration-generate --name=…` adds new ones here.
import { TextSearchSetup1795490000000 } from './1795490000000-text-search-setup';
import { InitialSchema1795494119586 } from './1795494119586-initial-schema';

export const MIGRATIONS = [
  TextSearchSetup1795490000000,
  InitialSchema1795494119586,
];
