import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';

/** Every entity the API maps; migrations must agree with these (see `migration:check`). */
export const ENTITIES = [Organisation, Need, Offering];
