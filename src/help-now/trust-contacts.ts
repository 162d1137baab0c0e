import type { ReactiveControllerHost } from 'lit';
import type { DataSource } from '../core/data/inline-json.js';
import { helpFile } from '../core/data/schemas.js';
import { DataController } from '../core/lit/data-controller.js';

/**
 * Loaded only when a page gives help-now Trust contacts, so the entry file
 * (the national numbers) carries no loader or validation.
 */
export const trustContacts = (host: ReactiveControllerHost & Element, source: () => DataSource | undefined) =>
  new DataController(host, helpFile, source);
