import { Injectable, computed, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { en } from './texts.en';
import { zhHans } from './texts.zh-hans';
import { Language, languageStorageKey, toLanguage } from './language';

export type TextKey = keyof typeof en;

const dictionaries: Record<Language, Record<TextKey, string>> = { en, 'zh-Hans': zhHans };

/**
 * The portal's own texts (texts.en.ts / texts.zh-hans.ts) and ng-zorro's locale, switched at run time.
 * Before sign-in the choice lives in localStorage; signed-in users keep it in their user setting
 * (Platform.Culture, PUT /api/settings/my-culture), which the configuration service applies at start-up.
 */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly zorro = inject(NzI18nService, { optional: true });
  readonly language = signal<Language>(initialLanguage());
  readonly texts = computed(() => dictionaries[this.language()]);

  use(language: Language): void {
    this.language.set(language);
    try {
      localStorage.setItem(languageStorageKey, language);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
    this.zorro?.setLocale(language === 'en' ? en_US : zh_CN);
    document.documentElement.lang = language;
  }

  /** The text of a key with {name} placeholders filled. */
  t(key: TextKey | string, params?: Record<string, string | number | null | undefined>): string {
    const text = (this.texts() as Record<string, string>)[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
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
