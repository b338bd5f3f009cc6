import { Language } from './language';

export type Texts = Readonly<Record<string, string>>;

/** Texts loaded with the portal, in both languages (a feature's menu strings). */
export type TextsByLanguage = Readonly<Record<Language, Texts>>;

/** Texts loaded on demand, one language at a time (`() => import('./x.texts.en').then((m) => m.xEn)`). */
export type LazyTexts = Readonly<Record<Language, () => Promise<Texts>>>;
