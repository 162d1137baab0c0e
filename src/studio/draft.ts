/**
 * The editor's drafts, one for each kind of data file, kept in this browser
 * (through core/storage: localStorage, or memory where that is blocked) so
 * that closing the tab loses nothing. Nothing is ever sent anywhere.
 */
import { storage } from '../core/platform/storage.js';
import { KINDS, type Kind } from './fields.js';
import { freeId } from './import-rows.js';

export interface Draft {
  items: Record<string, unknown>[];
  /** the file's other top-level keys (the services file's `synonyms`) */
  extras: Record<string, unknown>;
  /** changed since it was last downloaded */
  unsaved: boolean;
}

export const emptyDraft = (): Draft => ({ items: [], extras: {}, unsaved: false });

const key = (kind: Kind) => `studio:draft:${kind}`;

export function loadDraft(kind: Kind): Draft {
  const saved = storage.get<Partial<Draft>>(key(kind));
  if (!saved || !Array.isArray(saved.items)) return emptyDraft();
  const items = saved.items.filter(
    (item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item),
  );
  const extras = saved.extras && typeof saved.extras === 'object' && !Array.isArray(saved.extras) ? saved.extras : {};
  return { items, extras, unsaved: !!saved.unsaved };
}

export function saveDraft(kind: Kind, draft: Draft): void {
  if (!draft.items.length && !Object.keys(draft.extras).length && !draft.unsaved) storage.remove(key(kind));
  else storage.set(key(kind), draft);
}

// ---- list operations: pure, each returns a new list ------------------------------

/** A copy of entry `index` placed after it, with an id of its own. */
export function duplicateEntry(kind: Kind, items: Draft['items'], index: number): Draft['items'] {
  const entry = items[index];
  if (!entry) return items;
  const copy = structuredClone(entry);
  const { idField } = KINDS[kind];
  if (idField && typeof copy[idField] === 'string') {
    const taken = new Set(items.map((item) => String(item[idField] ?? '')));
    copy[idField] = freeId(`${copy[idField]}-copy`, taken);
  }
  return [...items.slice(0, index + 1), copy, ...items.slice(index + 1)];
}

/** The list with entry `from` moved to position `to`. */
export function moveEntry<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return items;
  const copy = [...items];
  const [entry] = copy.splice(from, 1);
  copy.splice(to, 0, entry!);
  return copy;
}

/** The list without entry `index`. */
export const removeEntry = <T>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);
