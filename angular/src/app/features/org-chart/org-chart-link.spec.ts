import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideApiConfiguration } from '../../api/api-configuration';
import { OrganizationUnitDto } from '../../api/models/organization-unit-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { configuration } from '../../core/testing/configuration';
import { OrgChartComponent } from './org-chart.component';

const unit = (id: string, code: string, parentId: string | null = null): OrganizationUnitDto =>
  ({ id, code, parentId, displayName: `Unit ${id}`, kind: 'Department', headPositionId: null, concurrencyStamp: '' }) as OrganizationUnitDto;

const units = [unit('marketing', '00001'), unit('brand', '00001.00001', 'marketing'), unit('sales', '00002')];

describe('the org chart and its ?unit= link (global search results)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration(''), provideRouter([{ path: 'org', component: OrgChartComponent }])],
    });
    TestBed.inject(AppConfigService).config.set(configuration({ grantedPermissions: ['OrgChart.Units'] }));
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function answer(harness: RouterTestingHarness): Promise<void> {
    http.expectOne((r) => r.url === '/api/org/units').flush(units);
    http.expectOne((r) => r.url === '/api/org/positions').flush([]);
    // The page awaits the answers (promises): let them settle before drawing.
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function selected(harness: RouterTestingHarness): string[] {
    harness.detectChanges();
    return [...harness.routeNativeElement!.querySelectorAll('[data-testid=unit][aria-current=true]')].map((e) => e.getAttribute('data-unit')!);
  }

  it('marks the unit the ?unit= id names, and only that one', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/org?unit=brand', OrgChartComponent);
    await answer(harness);

    expect(selected(harness)).toEqual(['Unit brand']);
  });

  it('follows a new ?unit= while the page stays open; an unknown id marks nothing', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/org?unit=brand', OrgChartComponent);
    await answer(harness);

    await harness.navigateByUrl('/org?unit=sales', OrgChartComponent);
    expect(selected(harness)).toEqual(['Unit sales']);
    await harness.navigateByUrl('/org?unit=elsewhere', OrgChartComponent);
    expect(selected(harness)).toEqual([]);
  });

  it('opens the collapsed unit above the selected one', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/org', OrgChartComponent);
    await answer(harness);
    harness.routeNativeElement!.querySelector<HTMLButtonElement>('[data-unit="Unit marketing"] .toggle')!.click();
    harness.detectChanges();
    expect(harness.routeNativeElement!.querySelector('[data-unit="Unit brand"]')).toBeNull();

    await harness.navigateByUrl('/org?unit=brand', OrgChartComponent);
    expect(selected(harness)).toEqual(['Unit brand']);
  });
});
