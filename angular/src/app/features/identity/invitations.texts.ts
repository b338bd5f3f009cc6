import { LazyTexts } from '../../core/i18n/texts';

/** The invitations' texts on the users page, loaded with the page, one language at a time. */
export const invitationsTexts: LazyTexts = {
  en: () => import('./invitations.texts.en').then((m) => m.invitationsEn),
  'zh-Hans': () => import('./invitations.texts.zh-hans').then((m) => m.invitationsZhHans),
};
