import { en } from '../../core/i18n/texts.en';
import { textDifferences } from '../../core/testing/texts';
import { searchTexts } from './search.texts';

describe('search box texts', () => {
  it('are complete in both languages, follow the copy rules and do not redefine core keys', () => {
    expect(textDifferences(searchTexts.en, searchTexts['zh-Hans'])).toEqual([]);
    expect(Object.keys(searchTexts.en).filter((key) => key in en)).toEqual([]);
  });
});
