// Partial ISO dates on a time axis: the rule itself is server/shared/partial-date.ts (re-exported
// here for the timeline); their words are i18n/format.ts (formatDate, formatDateAt).
export {
  coarser,
  finer,
  isPartialDate,
  periodEnd,
  periodStart,
  precisionOf,
  truncateKey,
  type Precision,
} from '../../../../../server/shared/partial-date.ts';
import type { Precision } from '../../../../../server/shared/partial-date.ts';
export type Granularity = Precision;
