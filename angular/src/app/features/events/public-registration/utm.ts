import { Params } from '@angular/router';
import { RegisterForEventDto } from '../api/models/register-for-event-dto';

type UtmFields = Pick<RegisterForEventDto, 'utmSource' | 'utmMedium' | 'utmCampaign' | 'utmContent' | 'utmTerm'>;

/** The query parameters a registration link may carry and the body fields they become. */
export const utmParameters: Readonly<Record<string, keyof UtmFields>> = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_content: 'utmContent',
  utm_term: 'utmTerm',
};

/** The UTM values of a link's query string as registration fields; blank and repeated values give the first non-blank. */
export function utmFromQuery(query: Params): UtmFields {
  const fields: UtmFields = {};
  for (const [parameter, field] of Object.entries(utmParameters)) {
    const raw = query[parameter] as string | string[] | undefined;
    const value = (Array.isArray(raw) ? raw : [raw]).map((v) => v?.trim()).find((v) => !!v);
    if (value) fields[field] = value;
  }
  return fields;
}

/** Only the UTM parameters of a query string, for links that must carry them on (e.g. after a language switch). */
export function utmQuery(query: Params): Params {
  return Object.fromEntries(Object.keys(utmParameters).filter((p) => query[p] !== undefined).map((p) => [p, query[p]]));
}
