import { Pipe, PipeTransform, inject } from '@angular/core';
import { TextKey, TranslateService } from './translate.service';

/** `{{ 'key' | t }}`; impure so that a language switch re-renders (the lookup is a dictionary read). */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(key: TextKey | string, params?: Record<string, string | number | null | undefined>): string {
    return this.translate.t(key, params);
  }
}
