// Zod compiles a fast parser with `new Function` unless told not to, and probes for it first. The app's Content
// Security Policy forbids eval (no 'unsafe-eval'), so the probe itself is a CSP violation on every screen that parses
// with zod (the staff area). Jitless before any schema exists: this module is the entry's first import.
import { config } from 'zod/v4/core';

config({ jitless: true });
