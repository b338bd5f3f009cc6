import { en } from './texts.en';
import { zhHans } from './texts.zh-hans';
import { toLanguage } from './language';

describe('portal texts', () => {
  it('has every text in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(zhHans).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const zh = zhHans[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect((zh.match(/\{\w+\}/g) ?? []).sort(), key).toEqual((text.match(/\{\w+\}/g) ?? []).sort());
    }
  });

  it('maps culture names to the two portal languages', () => {
    expect(toLanguage('zh-CN')).toBe('zh-Hans');
    expect(toLanguage('zh-Hans')).toBe('zh-Hans');
    expect(toLanguage('en-US')).toBe('en');
    expect(toLanguage('fr')).toBeNull();
    expect(toLanguage(null)).toBeNull();
  });
});
