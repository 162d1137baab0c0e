import type { ReactiveControllerHost } from 'lit';
import { describeHours, describeState, openingState } from '../core/contacts/hours.js';
import type { DataSource } from '../core/data/inline-json.js';
import { helpFile, type HelpContact } from '../core/data/schemas.js';
import { localised, type Locale, type Translate } from '../core/i18n/index.js';
import type { SharedKey } from '../core/i18n/shared.js';
import { DataController } from '../core/lit/data-controller.js';
import { log } from '../core/platform/log.js';
import type { Line } from './help-now.js';

/** More Trust contacts than this would make the dialog slow to render and to read: the rest are left out. */
const MAX_CONTACTS = 50;

/** A Trust's contacts for the help dialog: whether they are loading, and the lines to list once they have loaded. */
export interface TrustContacts {
  readonly loading: boolean;
  /** The lines to list, or `undefined` while there is no file (loading, or none could be used). */
  lines(locale: Locale, shared: Translate<SharedKey>): Line[] | undefined;
}

/**
 * Loaded only when a page gives help-now Trust contacts, so the entry file
 * (the national numbers) carries no loader, validation or contact listing.
 */
export function trustContacts(
  host: ReactiveControllerHost & Element,
  source: () => DataSource | undefined,
): TrustContacts {
  const data = new DataController(host, helpFile, source);
  let warnedAbout: object | undefined;
  return {
    get loading() {
      return data.loading;
    },
    lines(locale, shared) {
      const loaded = data.value;
      if (!loaded) return undefined;
      const all = loaded.items;
      if (all.length > MAX_CONTACTS && warnedAbout !== loaded) {
        warnedAbout = loaded;
        log.error(loaded.source, `only the first ${MAX_CONTACTS} of ${all.length} contacts are shown`);
      }
      return all.slice(0, MAX_CONTACTS).map((contact: HelpContact) => ({
        name: localised(contact, 'name', locale),
        description: localised(contact, 'description', locale),
        channels: contact,
        status: contact.hours && describeState(openingState(contact.hours), shared),
        hours: contact.hours && contact.hours !== '24/7' ? describeHours(contact.hours, shared) : undefined,
      }));
    },
  };
}
