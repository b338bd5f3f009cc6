import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiApprovalsPoliciesGet } from '../../api/fn/approval-policies/api-approvals-policies-get';
import { apiApprovalsPoliciesIdPut } from '../../api/fn/approval-policies/api-approvals-policies-id-put';
import { apiApprovalsPoliciesImportDefaultPost } from '../../api/fn/approval-policies/api-approvals-policies-import-default-post';
import { apiApprovalsPoliciesPost } from '../../api/fn/approval-policies/api-approvals-policies-post';
import { apiOrgPositionsGet } from '../../api/fn/positions/api-org-positions-get';
import { apiOrgUnitsGet } from '../../api/fn/organization-units/api-org-units-get';
import { ApprovalRuleDto } from '../../api/models/approval-rule-dto';
import { ApproverDto } from '../../api/models/approver-dto';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { apiIdentityUsersGet } from '../../api/fn/users/api-identity-users-get';
import { ApprovalPolicyDto } from '../../api/models/approval-policy-dto';
import { ApproverKind } from '../../api/models/approver-kind';
import { PositionDto } from '../../api/models/position-dto';
import { UpdateApprovalPolicyDto } from '../../api/models/update-approval-policy-dto';
import { UserDto } from '../../api/models/user-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { camelCase } from '../../core/http/api-problem';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { BusinessTypePipe, BusinessTypes, riskTiers } from './business-types';
import { TextRef, approverToday, ruleChips } from './rule-summary';
import { newApprover, newRule, newStage, toDraft, toUpdateDto } from './policy-draft';
import { personLabel, personName } from '../../shared/people/person-name';
import { RouteSimulatorComponent } from './route-simulator.component';

@Component({
  selector: 'app-policies',
  imports: [FormsModule, NzButtonModule, NzInputModule, NzSelectModule, NzCheckboxModule, NzAlertModule, TranslatePipe, BusinessTypePipe, RouteSimulatorComponent, RouterLink],
  templateUrl: './policies.component.html',
  styleUrls: ['../../shared/page.css', './policies.component.css'],
})
export class PoliciesComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly canManage = computed(() => this.config.isGranted('Approvals.Policies.Manage'));
  private readonly businessTypes = inject(BusinessTypes);
  protected readonly approverKinds: readonly ApproverKind[] = ['RequesterUnitHead', 'ParentUnitHead', 'Position', 'User'];
  protected readonly policies = signal<ApprovalPolicyDto[] | null>(null);
  protected readonly positions = signal<PositionDto[]>([]);
  protected readonly users = signal<UserDto[]>([]);
  /** The named-user picker's choices: "李娜 (lina)" in the page's language. */
  protected readonly userOptions = computed(() => this.users().map((u) => ({ id: u.id, label: personLabel(u, this.translate.language()) })));
  protected readonly units = signal<OrganizationUnitDto[]>([]);
  protected readonly riskTiers = riskTiers;
  protected readonly selectedId = signal<string | null>(null);
  protected readonly draft = signal<UpdateApprovalPolicyDto | null>(null);
  protected readonly fieldErrors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly availableTypes = computed(() => this.businessTypes.names().filter((t) => !(this.policies() ?? []).some((p) => p.businessType === t)));
  protected newType: string | null = null;
  protected readonly newRule = newRule;
  protected readonly newStage = newStage;
  protected readonly newApprover = newApprover;

  constructor() {
    void this.load();
  }

  protected async load(selectId?: string): Promise<void> {
    try {
      const [policies, positions, users, units] = await Promise.all([
        this.api.invoke(apiApprovalsPoliciesGet),
        this.api.invoke(apiOrgPositionsGet).catch(() => [] as PositionDto[]),
        this.config.isGranted('Identity.Users') ? this.api.invoke(apiIdentityUsersGet, { maxResultCount: 1000 }).then((p) => p.items) : Promise.resolve([] as UserDto[]),
        this.api.invoke(apiOrgUnitsGet).catch(() => [] as OrganizationUnitDto[]),
      ]);
      this.units.set(units);
      this.policies.set(policies);
      this.positions.set(positions);
      this.users.set(users);
      const selected = policies.find((p) => p.id === (selectId ?? this.selectedId())) ?? policies[0];
      if (selected) this.select(selected);
    } catch (e) {
      this.error.set(messageOf(e));
      this.policies.set([]);
    }
  }

  protected select(policy: ApprovalPolicyDto): void {
    this.selectedId.set(policy.id);
    this.draft.set(toDraft(policy));
    this.fieldErrors.set({});
    this.saved.set(false);
  }

  protected err(path: string): string | null {
    return this.fieldErrors()[camelCase(path)]?.join(' ') ?? null;
  }

  protected async create(): Promise<void> {
    if (!this.newType) return;
    await this.run(async () => {
      const policy = await this.api.invoke(apiApprovalsPoliciesPost, {
        body: { businessType: this.newType!, name: this.businessTypes.displayName(this.newType!), rules: [] },
      });
      this.newType = null;
      await this.load(policy.id);
    });
  }

  protected async importDefaults(): Promise<void> {
    await this.run(() => this.api.invoke(apiApprovalsPoliciesImportDefaultPost).then(() => this.load()));
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    const id = this.selectedId();
    if (!draft || !id) return;
    await this.run(async () => {
      const policy = await this.api.invoke(apiApprovalsPoliciesIdPut, { id, body: toUpdateDto(draft) });
      this.policies.update((list) => (list ?? []).map((p) => (p.id === id ? policy : p)));
      this.select(policy);
      this.saved.set(true);
    });
  }

  protected chips(rule: ApprovalRuleDto): TextRef[] {
    const format = new Intl.NumberFormat(this.translate.language() === 'en' ? 'en' : 'zh-CN');
    return ruleChips(rule, (id) => this.units().find((u) => u.id === id)?.displayName ?? '', (n) => format.format(n));
  }

  protected chipText(chip: TextRef): string {
    const params: Record<string, string | number> = { ...chip.params };
    for (const name of chip.translateParams ?? []) params[name] = this.translate.t(String(params[name]));
    return this.translate.t(chip.key, params);
  }

  protected approverToday(approver: ApproverDto) {
    return approverToday(approver, this.positions(), (id) => {
      const user = this.users().find((u) => u.id === id);
      return user ? personName(user, this.translate.language()) || user.userName : '';
    });
  }

  protected positionName(id: string | null | undefined): string {
    return this.positions().find((p) => p.id === id)?.name ?? '';
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.fieldErrors.set({});
    try {
      await action();
    } catch (e) {
      const problem = problemOf(e);
      this.fieldErrors.set(problem?.errors ?? {});
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
