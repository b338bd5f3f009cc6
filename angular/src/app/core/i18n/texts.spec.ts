import { textDifferences } from '../testing/texts';
import { en } from './texts.en';
import { zhHans } from './texts.zh-hans';
import { toLanguage } from './language';

describe('portal texts', () => {
  it('has every core text in both languages, none empty, with the same placeholders', () => {
    expect(textDifferences(en, zhHans)).toEqual([]);
  });

  it('reports a key missing in one language, an empty text and different placeholders', () => {
    expect(
      textDifferences({ a: 'A', b: ' ', c: '{n} items' }, { b: '乙', c: '{count} 项', d: '丁' }),
    ).toEqual(['a: only in en', 'b: empty', 'c: placeholders differ', 'd: only in zh-Hans']);
  });

  it('maps culture names to the two portal languages', () => {
    expect(toLanguage('zh-CN')).toBe('zh-Hans');
    expect(toLanguage('zh-Hans')).toBe('zh-Hans');
    expect(toLanguage('en-US')).toBe('en');
    expect(toLanguage('fr')).toBeNull();
    expect(toLanguage(null)).toBeNull();
  });
});
