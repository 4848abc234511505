// The words files (locales/<language>/<namespace>.json, built into assets/ with the app): static files of the app's
// own, fetched as data. The service worker precaches every one, so they load offline too.
export async function fetchWords(url: string): Promise<Record<string, unknown>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
