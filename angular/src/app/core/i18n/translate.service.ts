import { Injectable, computed, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import type { en } from './texts.en';
import { Language, languageStorageKey, toLanguage } from './language';
import { LazyTexts, Texts, TextsByLanguage } from './texts';

/** The core's texts (texts.en.ts / texts.zh-hans.ts); a unit test keeps both complete. */
export type TextKey = keyof typeof en;

/** The core's texts, one language loaded at a time: the initial bundle carries neither. */
const coreTexts: LazyTexts = {
  en: () => import('./texts.en').then((m) => m.en),
  'zh-Hans': () => import('./texts.zh-hans').then((m) => m.zhHans),
};

/**
 * The portal's texts and ng-zorro's locale, switched at run time. Texts come from the core (loaded at start-up),
 * from features' menus (`add`, both languages, with the portal) and from features' pages (`register`, when their
 * routes load). Only the current language is loaded; a switch loads the other one, and the texts change when it
 * has arrived. Before sign-in the choice lives in localStorage; signed-in users keep it in their user setting
 * (Platform.Culture, PUT /api/settings/my-culture), which the configuration service applies at start-up.
 */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly zorro = inject(NzI18nService, { optional: true });
  /** The chosen language (requests send it at once). */
  readonly language = signal<Language>(initialLanguage());
  /** The language the texts are shown in: the chosen one once its texts have loaded. */
  private readonly shown = signal<Language>(this.language());
  private readonly dictionaries = signal<Record<Language, Texts>>({ en: {}, 'zh-Hans': {} });
  private readonly sources: LazyTexts[] = [coreTexts];
  private readonly loads = new Map<LazyTexts, Partial<Record<Language, Promise<void>>>>();
  readonly texts = computed(() => this.dictionaries()[this.shown()]);

  /** Chooses the language; resolves when its texts (core and every registered feature) are shown. */
  async use(language: Language): Promise<void> {
    this.language.set(language);
    try {
      localStorage.setItem(languageStorageKey, language);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
    document.documentElement.lang = language;
    await Promise.all(this.sources.map((source) => this.load(source, language)));
    if (this.language() === language) {
      this.shown.set(language);
      this.zorro?.setLocale(language === 'en' ? en_US : zh_CN);
    }
  }

  /** Texts that must be there before any page loads (a feature's menu entries), in both languages. */
  add(texts: TextsByLanguage): void {
    this.dictionaries.update((all) => ({
      en: { ...all.en, ...texts.en },
      'zh-Hans': { ...all['zh-Hans'], ...texts['zh-Hans'] },
    }));
  }

  /** A feature's page texts: loaded now in the current language, and in the other one on a switch. */
  register(source: LazyTexts): Promise<void> {
    if (!this.sources.includes(source)) this.sources.push(source);
    return this.load(source, this.language());
  }

  /** The text of a key with {name} placeholders and {count|# item|# items} plural forms filled. */
  t(key: TextKey | string, params?: Record<string, string | number | null | undefined>): string {
    return params ? fillText(this.texts()[key] ?? key, params, this.shown()) : (this.texts()[key] ?? key);
  }

  private load(source: LazyTexts, language: Language): Promise<void> {
    const loaded = this.loads.get(source) ?? {};
    this.loads.set(source, loaded);
    const loading = (loaded[language] ??= source[language]().then((texts) =>
      this.dictionaries.update((all) => ({ ...all, [language]: { ...all[language], ...texts } })),
    ));
    loading.catch(() => delete loaded[language]); // a failed download is tried again next time
    return loading;
  }
}

function initialLanguage(): Language {
  try {
    const stored = toLanguage(localStorage.getItem(languageStorageKey));
    if (stored) return stored;
  } catch {
    // ignore
  }
  return toLanguage(typeof navigator === 'undefined' ? null : navigator.language) ?? 'zh-Hans';
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * Fills {name} placeholders, and {name|one|other} plural forms chosen by the language's plural rules ("#" is the
 * number): '{count|# event|# events}'. Chinese has one form, so its texts use plain placeholders.
 */
export function fillText(text: string, params: Record<string, string | number | null | undefined>, language: Language): string {
  return text
    .replace(/\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g, (_, name: string, one: string, other: string) => {
      const value = Number(params[name] ?? 0);
      let rules = pluralRules.get(language);
      if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
      return (rules.select(value) === 'one' ? one : other).replaceAll('#', String(params[name] ?? ''));
    })
    .replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
