import { Texts } from '../i18n/texts';

/**
 * What differs between the two languages, and copy mistakes in either: missing keys, empty texts, different
 * {placeholders}, Chinese left in English, a count before a plural noun without its singular form
 * ("{count} events": write "{count|# event|# events}"), and in Chinese half-width punctuation next to Chinese
 * text, 你 instead of 您 and the words docs/portal.md replaces (copy rules there). Empty when complete.
 */
export function textDifferences(en: Texts, zhHans: Texts): string[] {
  const placeholders = (text: string) => (text.match(/\{\w+[}|]/g) ?? []).map((p) => p.slice(0, -1)).sort().join(' ');
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(en), ...Object.keys(zhHans)])) {
    const [english, chinese] = [en[key], zhHans[key]];
    if (english === undefined || chinese === undefined)
      problems.push(`${key}: only in ${english === undefined ? 'zh-Hans' : 'en'}`);
    else if (!english.trim() || !chinese.trim()) problems.push(`${key}: empty`);
    else if (placeholders(english) !== placeholders(chinese))
      problems.push(`${key}: placeholders differ`);
    if (english !== undefined) problems.push(...englishMistakes(english).map((m) => `${key}: ${m}`));
    if (chinese !== undefined) problems.push(...chineseMistakes(chinese).map((m) => `${key}: ${m}`));
  }
  return problems;
}

const han = /[\u3400-\u9fff]/;

/** Words with one meaning the portal writes one way (docs/portal.md, "Copy"): the variant → the chosen word. */
export const chineseWordChoices: Readonly<Record<string, string>> = {
  你: '您',
  已批准: '已通过',
};

export function englishMistakes(text: string): string[] {
  const mistakes: string[] = [];
  if (han.test(text)) mistakes.push('Chinese in the English text');
  if (/\{(n|count|length|total|[a-z]+Count)\} (?!(is|was|has|as|of)\b)[a-z]+s\b/.test(text))
    mistakes.push('a count before a plural noun: use {n|# thing|# things}');
  return mistakes;
}

export function chineseMistakes(text: string): string[] {
  const mistakes: string[] = [];
  const prose = text.replace(/\{[^{}]*\}/g, 'X');
  if (/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]\s*[:?!,;()]|[:?!,;(]\s*[\u3400-\u9fff]/.test(prose))
    mistakes.push('half-width punctuation in Chinese text');
  for (const [variant, chosen] of Object.entries(chineseWordChoices))
    if (prose.includes(variant)) mistakes.push(`"${variant}" instead of "${chosen}"`);
  return mistakes;
}
