import { LazyTexts } from '../../core/i18n/texts';

/** The checklist's texts, loaded with the home page. */
export const onboardingTexts: LazyTexts = {
  en: () => import('./onboarding.texts.en').then((m) => m.onboardingEn),
  'zh-Hans': () => import('./onboarding.texts.zh-hans').then((m) => m.onboardingZhHans),
};
