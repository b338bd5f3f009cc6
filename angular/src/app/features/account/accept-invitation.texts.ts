import { LazyTexts } from '../../core/i18n/texts';

/** The accept page's texts, loaded with the page, one language at a time. */
export const acceptInvitationTexts: LazyTexts = {
  en: () => import('./accept-invitation.texts.en').then((m) => m.acceptInvitationEn),
  'zh-Hans': () => import('./accept-invitation.texts.zh-hans').then((m) => m.acceptInvitationZhHans),
};
