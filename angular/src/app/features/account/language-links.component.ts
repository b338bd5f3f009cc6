import { Component, inject } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { TranslateService } from '../../core/i18n/translate.service';

@Component({
  selector: 'app-language-links',
  template: `
    <div class="languages">
      <button type="button" class="link" lang="zh-Hans" [attr.aria-pressed]="translate.language() === 'zh-Hans'" (click)="auth.setLanguage('zh-Hans')">中文</button>
      <button type="button" class="link" lang="en" [attr.aria-pressed]="translate.language() === 'en'" (click)="auth.setLanguage('en')">English</button>
    </div>
  `,
  styles: `.languages { display: flex; gap: 8px; justify-content: flex-end; } .link { background: none; border: 0; color: #1d5fc2; cursor: pointer; min-height: 32px; padding: 4px 8px; } .link[aria-pressed='true'] { font-weight: 600; }`,
})
export class LanguageLinksComponent {
  protected readonly auth = inject(AuthService);
  protected readonly translate = inject(TranslateService);
}
