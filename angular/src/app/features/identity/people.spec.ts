import { textDifferences } from '../../core/testing/texts';
import { peopleEn } from './people.texts.en';
import { peopleZhHans } from './people.texts.zh-hans';

describe('people texts', () => {
  it('has the import and bulk texts in both languages, following the copy rules', () => {
    expect(textDifferences(peopleEn, peopleZhHans)).toEqual([]);
  });
});
