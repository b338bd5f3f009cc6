import { safeReturnUrl } from './sign-in.component';
import { slugPattern, suggestSlug } from './sign-up.component';

describe('account forms', () => {
  it('suggests a valid short name from the company name', () => {
    expect(suggestSlug('Acme Marketing Ltd.')).toBe('acme-marketing-ltd');
    expect(suggestSlug('  Über   Café  ')).toBe('uber-cafe');
    expect(suggestSlug('北京营销')).toBe('');
    expect(suggestSlug('a'.repeat(60)).length).toBe(40);
    for (const name of ['Acme Marketing Ltd.', '--x--', 'A & B 2026']) {
      expect(suggestSlug(name)).toMatch(slugPattern);
    }
  });

  it('returns after sign-in only to paths of the portal', () => {
    expect(safeReturnUrl('/approvals/inbox')).toBe('/approvals/inbox');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/account/sign-in')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
