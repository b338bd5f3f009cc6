import { LazyTexts } from '../../core/i18n/texts';

/** The texts of "My tasks" and the process board, one language at a time. */
export const processesTexts: LazyTexts = {
  en: () => import('./processes.texts.en').then((m) => m.processesEn),
  'zh-Hans': () => import('./processes.texts.zh-hans').then((m) => m.processesZhHans),
};
