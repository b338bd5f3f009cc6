import { textDifferences } from '../../core/testing/texts';
import { onboardingEn } from './onboarding.texts.en';
import { onboardingZhHans } from './onboarding.texts.zh-hans';

describe('onboarding texts', () => {
  it('has every text in both languages with the same placeholders and the copy rules kept', () => {
    expect(textDifferences(onboardingEn, onboardingZhHans)).toEqual([]);
  });
});
