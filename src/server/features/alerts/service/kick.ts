// The dispatchers running in this process, so an enqueue (or new mail settings) can ask them to look soon instead of
// at their next round. An enqueue happens inside a transaction that has not committed yet: the looks come a little
// later, and the round on the interval catches anything they miss.
const running = new Set<() => void>();

export function registerDispatcher(kick: () => void): () => void {
  running.add(kick);
  return () => running.delete(kick);
}

export function kickDispatchers(): void {
  for (const kick of running) kick();
}
