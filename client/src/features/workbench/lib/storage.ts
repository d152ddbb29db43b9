// The console's local memory (this browser only): recent queries, saved queries and the draft.
// Pure list operations plus a tolerant reader/writer: a corrupt or full localStorage never
// breaks the page, it just starts empty or stops remembering.

export interface HistoryEntry {
  id: string;
  query: string;
  /** The parameters editor's text. */
  params: string;
  /** When it ran (ms since epoch). */
  at: number;
  rows?: number;
  truncated?: boolean;
  ms?: number;
  /** Error code when the run failed. */
  error?: string;
  /** Curated query id and title, when the run came from the library. */
  curated?: string;
  title?: string;
}

export interface SavedQuery {
  id: string;
  name: string;
  query: string;
  params: string;
  savedAt: number;
}

export const HISTORY_KEY = 'atlas:console:history';
export const SAVED_KEY = 'atlas:console:saved';
export const DRAFT_KEY = 'atlas:console:draft';
/** Written by the explorer on every view change (the "Add to canvas" starting point). */
export const LAST_EXPLORER_KEY = 'atlas:lastExplorer';
export const HISTORY_CAP = 100;
export const SAVED_CAP = 200;

export function newId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Adds a run to the history (newest first). Running the same query and parameters again moves it to the top. */
export function addHistory(list: HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  const same = (h: HistoryEntry) =>
    h.query === entry.query && h.params.trim() === entry.params.trim() && (h.curated ?? '') === (entry.curated ?? '');
  return [entry, ...list.filter((h) => !same(h))].slice(0, cap);
}

/** Saves a query under a name; the same name (case-insensitive) replaces the earlier one. Sorted by name. */
export function saveQuery(list: SavedQuery[], q: Omit<SavedQuery, 'id' | 'savedAt'>, now = Date.now()): SavedQuery[] {
  const name = q.name.trim();
  const existing = list.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const entry: SavedQuery = { id: existing?.id ?? newId(now), name, query: q.query, params: q.params, savedAt: now };
  const next = [...list.filter((s) => s !== existing), entry].slice(-SAVED_CAP);
  return next.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }));
}

export function deleteSaved(list: SavedQuery[], id: string): SavedQuery[] {
  return list.filter((s) => s.id !== id);
}

const isStr = (v: unknown) => typeof v === 'string';
const isNumOrUndef = (v: unknown) => v === undefined || typeof v === 'number';

export function isHistoryEntry(v: unknown): v is HistoryEntry {
  const h = v as HistoryEntry;
  return !!h && isStr(h.id) && isStr(h.query) && isStr(h.params) && typeof h.at === 'number' && isNumOrUndef(h.rows) && isNumOrUndef(h.ms);
}

export function isSavedQuery(v: unknown): v is SavedQuery {
  const s = v as SavedQuery;
  return !!s && isStr(s.id) && isStr(s.name) && isStr(s.query) && isStr(s.params) && typeof s.savedAt === 'number';
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads a list, keeping only well-formed items; anything unreadable gives an empty list. */
export function readList<T>(storage: StorageLike | undefined, key: string, valid: (v: unknown) => v is T): T[] {
  try {
    const raw = storage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

/** Writes a value; false when the browser refuses (private mode, quota). */
export function writeValue(storage: StorageLike | undefined, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
    return !!storage;
  } catch {
    return false;
  }
}

export function readText(storage: StorageLike | undefined, key: string): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** window.localStorage, or undefined where it is not available. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}
