// The locale namespaces loaded with the first screen: the shell's own, then each feature's, from the feature list.
import { FEATURES } from './features/index';
import { CORE_NAMESPACES } from './i18n/i18n';

export const NAMESPACES: readonly string[] = [...new Set([...CORE_NAMESPACES, ...FEATURES.flatMap((f) => f.namespaces)])];
