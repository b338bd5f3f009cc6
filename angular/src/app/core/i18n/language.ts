export type Language = 'zh-Hans' | 'en';

export const languages: readonly Language[] = ['zh-Hans', 'en'];

export const languageStorageKey = 'msaas.language';

/** The server's culture names ("zh-Hans", "zh-CN", "en-US") mapped to the two portal languages. */
export function toLanguage(culture: string | null | undefined): Language | null {
  if (!culture) return null;
  const lower = culture.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-Hans';
  if (lower.startsWith('en')) return 'en';
  return null;
}
