import { Language } from '../../core/i18n/language';

/** The parts a display name is made of; `name` is the stored name, used when family and given name are unknown. */
export interface PersonNameParts {
  familyName?: string | null;
  givenName?: string | null;
  name?: string | null;
}

const han = /^[\u3400-\u4DBF\u4E00-\u9FFF·]+$/;

/**
 * A person's display name, the portal's one rule (the server's `PersonNames.Display` is the same): in Chinese family
 * name first without a space ("李娜"), in English given name first ("Na Li"). A name written in Chinese characters keeps
 * its order in both languages; a Latin name on a Chinese page is "Li Na". One part only: that part; none: the stored name.
 */
export function personName(person: PersonNameParts, language: Language): string {
  const family = person.familyName?.trim() ?? '';
  const given = person.givenName?.trim() ?? '';
  if (!family || !given) return family + given || (person.name?.trim() ?? '');
  if (han.test(family) && han.test(given)) return family + given;
  return language === 'zh-Hans' ? `${family} ${given}` : `${given} ${family}`;
}

/** A person in a picker: "李娜 (lina)", the display name and the user name that tells namesakes apart; the user name alone without a name. */
export function personLabel(person: PersonNameParts & { userName?: string | null }, language: Language): string {
  const name = personName(person, language);
  const userName = person.userName?.trim() ?? '';
  if (!name || name === userName) return userName || name;
  return userName ? `${name} (${userName})` : name;
}
