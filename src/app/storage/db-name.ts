// The IndexedDB database's name, on its own so storage/peek.ts can read it without loading Dexie.
export const DB_NAME = 'heard';
