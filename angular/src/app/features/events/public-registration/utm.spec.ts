import { utmFromQuery, utmQuery } from './utm';

describe('UTM pass-through of the registration page', () => {
  it('turns utm_* query parameters into the registration body fields', () => {
    expect(utmFromQuery({ utm_source: 'wechat', utm_medium: 'social', utm_campaign: 'spring', utm_content: 'banner', utm_term: 'ai', lang: 'en' })).toEqual({
      utmSource: 'wechat',
      utmMedium: 'social',
      utmCampaign: 'spring',
      utmContent: 'banner',
      utmTerm: 'ai',
    });
  });

  it('leaves out blank values and takes the first non-blank of repeated ones', () => {
    expect(utmFromQuery({ utm_source: '  ', utm_medium: ['', ' mail '], utm_campaign: undefined })).toEqual({ utmMedium: 'mail' });
  });

  it('keeps only the UTM parameters of a query string', () => {
    expect(utmQuery({ utm_source: 'wechat', foo: 'bar', utm_term: ['a', 'b'] })).toEqual({ utm_source: 'wechat', utm_term: ['a', 'b'] });
    expect(utmQuery({})).toEqual({});
  });
});
