// The language a young person chose, kept on this phone for the next visit.
import { setMeta } from '../storage/meta';
import type { AppLanguage } from './i18n';

export const rememberLanguage = (lng: AppLanguage): Promise<void> => setMeta('language', lng);
