/** What a failure says, for a screen to show. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
