import { LazyTexts } from '../../core/i18n/texts';

/** The users page's texts (invitations, import, bulk actions), loaded with the page, one language at a time. */
export const invitationsTexts: LazyTexts = {
  en: () =>
    Promise.all([import('./invitations.texts.en'), import('./people.texts.en')]).then(([i, p]) => ({ ...i.invitationsEn, ...p.peopleEn })),
  'zh-Hans': () =>
    Promise.all([import('./invitations.texts.zh-hans'), import('./people.texts.zh-hans')]).then(([i, p]) => ({
      ...i.invitationsZhHans,
      ...p.peopleZhHans,
    })),
};
