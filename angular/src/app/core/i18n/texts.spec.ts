import { textDifferences } from '../testing/texts';
import { fillText } from './translate.service';
import { en } from './texts.en';
import { zhHans } from './texts.zh-hans';
import { toLanguage } from './language';

describe('portal texts', () => {
  it('has every core text in both languages, none empty, with the same placeholders', () => {
    expect(textDifferences(en, zhHans)).toEqual([]);
  });

  it('reports a key missing in one language, an empty text and different placeholders', () => {
    expect(
      textDifferences({ a: 'A', b: ' ', c: 'Item {n}' }, { b: '乙', c: '{count} 项', d: '丁' }),
    ).toEqual(['a: only in en', 'b: empty', 'c: placeholders differ', 'd: only in zh-Hans']);
  });

  it('catches copy mistakes: Chinese in English, a bare plural count, half-width punctuation, 你 and replaced words', () => {
    expect(
      textDifferences(
        { a: 'Review (复盘)', b: '{count} events', c: '{count|# event|# events}', d: '{name} is checked in', e: 'Done', f: 'Approved: {title}' },
        { a: '复盘', b: '共 {count} 个活动', c: '共 {count} 个活动', d: '{name} 已签到', e: '确定删除吗?', f: '你已批准：{title}' },
      ),
    ).toEqual([
      'a: Chinese in the English text',
      'b: a count before a plural noun: use {n|# thing|# things}',
      'e: half-width punctuation in Chinese text',
      'f: "你" instead of "您"',
      'f: "已批准" instead of "已通过"',
    ]);
  });

  it('fills plural forms by the language\'s rules', () => {
    expect(fillText('{count|# event|# events}', { count: 1 }, 'en')).toBe('1 event');
    expect(fillText('{count|# event|# events}', { count: 0 }, 'en')).toBe('0 events');
    expect(fillText('{count|# event|# events} in {year}', { count: 2, year: 2026 }, 'en')).toBe('2 events in 2026');
    expect(fillText('共 {count} 个活动', { count: 1 }, 'zh-Hans')).toBe('共 1 个活动');
  });

  it('maps culture names to the two portal languages', () => {
    expect(toLanguage('zh-CN')).toBe('zh-Hans');
    expect(toLanguage('zh-Hans')).toBe('zh-Hans');
    expect(toLanguage('en-US')).toBe('en');
    expect(toLanguage('fr')).toBeNull();
    expect(toLanguage(null)).toBeNull();
  });
});
