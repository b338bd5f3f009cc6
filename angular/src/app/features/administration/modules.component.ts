import { Component, inject, signal } from '@angular/core';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { Api } from '../../api/api';
import { apiModulesGet } from '../../api/fn/modules/api-modules-get';
import { apiModulesNamePut } from '../../api/fn/modules/api-modules-name-put';
import { ModuleDto } from '../../api/models/module-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Optional modules on/off for the company; menus follow after the configuration reloads. */
@Component({
  selector: 'app-modules',
  imports: [NzCheckboxModule, TranslatePipe],
  template: `
    <h1>{{ 'menu.modules' | t }}</h1>
    @if (error()) { <p class="error" role="alert">{{ error() }}</p> }
    @for (module of modules(); track module.name) {
      <div class="item">
        <label nz-checkbox [nzChecked]="module.isEnabled" [nzDisabled]="busy() === module.name" (nzCheckedChange)="toggle(module, $event)">{{ module.displayName }}</label>
        @if (module.requires.length) {
          <p class="requires">{{ 'modules.requires' | t }}{{ namesOf(module.requires) }}</p>
        }
      </div>
    } @empty {
      <p class="empty">{{ 'modules.empty' | t }}</p>
    }
  `,
  styles: `.item { padding: 12px 0; border-bottom: 1px solid #f0f0f0; } .error { color: #c41d1d; } .empty { color: #595959; } .requires { margin: 4px 0 0 24px; color: #595959; font-size: 13px; }`,
})
export class ModulesComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly modules = signal<ModuleDto[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.api.invoke(apiModulesGet).then((list) => this.modules.set(list), (e) => this.error.set(messageOf(e)));
  }

  /** Display names of the given module switches, in the page's language. */
  protected namesOf(switches: string[]): string {
    const names = new Map(this.modules().map((m) => [m.name, m.displayName]));
    return switches.map((s) => names.get(s) ?? s).join(', ');
  }

  protected async toggle(module: ModuleDto, isEnabled: boolean): Promise<void> {
    this.busy.set(module.name);
    this.error.set(null);
    try {
      const updated = await this.api.invoke(apiModulesNamePut, { name: module.name, body: { isEnabled } });
      this.modules.update((list) => list.map((m) => (m.name === updated.name ? updated : m)));
      await this.config.load();
    } catch (e) {
      this.error.set(messageOf(e));
      this.modules.update((list) => [...list]);
    } finally {
      this.busy.set(null);
    }
  }
}
