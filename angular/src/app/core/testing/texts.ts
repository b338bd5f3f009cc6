import { Texts } from '../i18n/texts';

/** What differs between the two languages: missing keys, empty texts, different {placeholders}; empty when complete. */
export function textDifferences(en: Texts, zhHans: Texts): string[] {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(en), ...Object.keys(zhHans)])) {
    const [english, chinese] = [en[key], zhHans[key]];
    if (english === undefined || chinese === undefined)
      problems.push(`${key}: only in ${english === undefined ? 'zh-Hans' : 'en'}`);
    else if (!english.trim() || !chinese.trim()) problems.push(`${key}: empty`);
    else if (placeholders(english) !== placeholders(chinese))
      problems.push(`${key}: placeholders differ`);
  }
  return problems;
}
