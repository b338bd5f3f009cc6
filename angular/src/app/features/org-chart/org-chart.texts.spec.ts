import { textDifferences } from '../../core/testing/texts';
import { orgChartEn } from './org-chart.texts.en';
import { orgChartZhHans } from './org-chart.texts.zh-hans';

describe('org chart texts', () => {
  it('has every text in both languages with the same placeholders and the copy rules kept', () => {
    expect(textDifferences(orgChartEn, orgChartZhHans)).toEqual([]);
  });
});
