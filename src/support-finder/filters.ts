import type { UkTime } from '../core/platform/clock.js';
import { openingState } from '../core/contacts/hours.js';
import type { Service } from '../core/data/schemas.js';
import { topicKey } from './search.js';

/** What the person has narrowed the list to. */
export interface Filters {
  topic?: string;
  openNow?: boolean;
  /** `phone`, `online`, `in-person` or `text` */
  format?: string;
  selfReferral?: boolean;
}

/**
 * Whether a service passes the filters at `now` (an instant, or one `ukTime()`
 * reading shared by a whole list). A service with no hours never counts as
 * open now: the finder cannot know.
 */
export function passes(service: Service, filters: Filters, now?: number | UkTime): boolean {
  const { topic, openNow, format, selfReferral } = filters;
  return (
    (!topic || service.topics.some((t) => topicKey(t) === topicKey(topic))) &&
    (!format || (service.formats ?? []).some((f) => f === format)) &&
    (!selfReferral || service.access === 'self-referral') &&
    (!openNow || (!!service.hours && openingState(service.hours, now).open))
  );
}
