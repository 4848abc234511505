// A few of the phone's settings read straight from IndexedDB before the first screen, without Dexie (which loads
// beside the first screen, not before it): the language to draw it in and whether this phone has joined. Read-only,
// and it never creates the database: Dexie does that with its schema.
import { DB_NAME } from './db-name';
import type { DeviceMeta, MetaKey } from './rows';

export interface Peeked {
  language?: string;
  device?: DeviceMeta;
}

let peeked: Peeked | undefined;

/** What the last peek found; undefined when none has finished (or IndexedDB could not be read). */
export const peekedMeta = (): Peeked | undefined => peeked;

/** The database has answered about the device since: a shell drawn again later starts from that answer. */
export function notePeekedDevice(device: DeviceMeta | undefined): void {
  if (peeked) peeked = { ...peeked, device };
}

/** Reads the language and the device from the meta table; {} when there is no database yet or it cannot be read. */
export function peekMeta(idb: IDBFactory | null = globalThis.indexedDB ?? null): Promise<Peeked> {
  const keys: MetaKey[] = ['language', 'device'];
  return new Promise<Peeked>((resolve) => {
    const done = (found: Peeked | undefined) => {
      peeked = found;
      resolve(found ?? {});
    };
    let open: IDBOpenDBRequest;
    try {
      if (!idb) return done(undefined);
      open = idb.open(DB_NAME);
    } catch {
      return done(undefined);
    }
    // No database yet (a phone that has never joined): abort, so nothing is created and Dexie builds it from version 1.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => done(open.error?.name === 'AbortError' ? {} : undefined);
    open.onsuccess = () => {
      const conn = open.result;
      // Never hold up Dexie's own upgrade.
      conn.onversionchange = () => conn.close();
      if (!conn.objectStoreNames.contains('meta')) {
        conn.close();
        return done({});
      }
      const found: Record<string, unknown> = {};
      let tx: IDBTransaction;
      try {
        tx = conn.transaction('meta', 'readonly');
        const store = tx.objectStore('meta');
        for (const key of keys) {
          const get = store.get(key);
          get.onsuccess = () => {
            const row = get.result as { value?: unknown } | undefined;
            if (row && row.value !== undefined) found[key] = row.value;
          };
        }
      } catch {
        conn.close();
        return done(undefined);
      }
      tx.oncomplete = () => {
        conn.close();
        done({
          language: typeof found.language === 'string' ? found.language : undefined,
          device: (found.device as DeviceMeta | undefined) ?? undefined,
        });
      };
      tx.onerror = tx.onabort = () => {
        conn.close();
        done(undefined);
      };
    };
  });
}
