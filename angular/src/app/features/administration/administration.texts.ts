import { LazyTexts } from '../../core/i18n/texts';

/** The administration pages' own texts, one language at a time (loaded with the routes). */
export const administrationTexts: LazyTexts = {
  en: () => import('./administration.texts.en').then((m) => m.administrationEn),
  'zh-Hans': () => import('./administration.texts.zh-hans').then((m) => m.administrationZhHans),
};
