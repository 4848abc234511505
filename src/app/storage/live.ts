// Live queries for screens: re-render when the rows they read change. Features use this, never dexie directly.
export { useLiveQuery } from 'dexie-react-hooks';
