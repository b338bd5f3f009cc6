import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideApiConfiguration } from '../../api/api-configuration';
import { ApprovalBusinessTypeDto } from '../../api/models/approval-business-type-dto';
import { TranslateService } from '../../core/i18n/translate.service';
import { BusinessTypes } from './business-types';

describe('BusinessTypes', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration('')] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function answer(types: ApprovalBusinessTypeDto[]): Promise<void> {
    TestBed.tick();
    http.expectOne('/api/approvals/business-types').flush(types);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  it('lists the registered names in the host order with their display names', async () => {
    const businessTypes = TestBed.inject(BusinessTypes);
    expect(businessTypes.names()).toEqual([]);

    await answer([
      { name: 'Expense', displayName: '费用' },
      { name: 'Events.Event', displayName: '活动' },
    ]);

    expect(businessTypes.names()).toEqual(['Expense', 'Events.Event']);
    expect(businessTypes.displayName('Events.Event')).toBe('活动');
  });

  it('shows the stored name of a type nobody registers any more', async () => {
    const businessTypes = TestBed.inject(BusinessTypes);
    await answer([{ name: 'Expense', displayName: '费用' }]);

    expect(businessTypes.displayName('Gone.Thing')).toBe('Gone.Thing');
  });

  it('loads the display names again when the language changes', async () => {
    const businessTypes = TestBed.inject(BusinessTypes);
    TestBed.inject(TranslateService).use('zh-Hans');
    await answer([{ name: 'Expense', displayName: '费用' }]);

    TestBed.inject(TranslateService).use('en');
    await answer([{ name: 'Expense', displayName: 'Expense' }]);

    expect(businessTypes.displayName('Expense')).toBe('Expense');
  });
});
