// Staff roles, with no schema library: the app's feature list names them, and it loads with the first screen.
export const ROLES = ['admin', 'participation', 'iro', 'complaints', 'moderator'] as const;
export type Role = (typeof ROLES)[number];
/** Who moderates what young people write and answers it: the wall, themes, the feed, polls, the safeguarding queue. */
export const MODERATION_ROLES: readonly Role[] = ['moderator', 'participation', 'admin'];
