import { LazyTexts } from '../../core/i18n/texts';

/** The texts of "My tasks", one language at a time. */
export const myTasksTexts: LazyTexts = {
  en: () => import('./my-tasks.texts.en').then((m) => m.myTasksEn),
  'zh-Hans': () => import('./my-tasks.texts.zh-hans').then((m) => m.myTasksZhHans),
};
