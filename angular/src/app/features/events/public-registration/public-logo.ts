import { getPublicCompanyLogo } from '../../../api/fn/company-logo/get-public-company-logo';

/** The company's logo by slug (anonymous); a company without one answers 404 and the page drops the image. */
export function publicLogoUrl(companySlug: string): string {
  return getPublicCompanyLogo.PATH.replace('{__tenant}', encodeURIComponent(companySlug));
}
