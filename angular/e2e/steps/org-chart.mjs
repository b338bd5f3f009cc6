// The new company's setup checklist and the org chart: choose the standard org chart from the checklist, put a
// holder on a vacant position on a 375 × 812 phone, and see the checklist tick the org-chart step. Runs right
// after sign-up; at the end it empties the org chart again through the API, as the later steps start from none.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

export async function orgChartSteps({ step, browser, admin, base, phone, pages, signIn, apiCall, accessibility, screenshot, choose, a11y }) {
  await step('the setup checklist on home starts at 0 done; the admin chooses the standard org chart from it', async () => {
    await admin.goto(`${base}/`);
    const checklist = admin.getByTestId('onboarding');
    await checklist.waitFor();
    assert.equal(await checklist.getAttribute('data-done'), '0', 'a new company has done no step');
    a11y.push(...(await accessibility(admin, 'home-checklist')));
    await screenshot(admin, 'home-checklist');
    await admin.getByTestId('onboarding-standard').click();
    await admin.locator('[data-testid=onboarding-step][data-step=orgChart][data-done=true]').waitFor();
  });

  await step('on a 375 × 812 phone the admin assigns a holder to a vacant position and the vacancy count drops', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(mobile);
    await signIn(mobile, 'admin');
    await mobile.goto(`${base}/org`);
    const count = mobile.getByTestId('vacancy-count');
    await count.waitFor();
    const before = Number(await count.getAttribute('data-count'));
    assert.ok(before > 0, 'the standard org chart starts with vacant positions');
    const vacant = mobile.locator('[data-testid=position][data-vacant=true]').first();
    await vacant.getByTestId('position-actions').tap();
    await mobile.locator('.ant-dropdown:visible [data-testid=assign-holders]').tap();
    await choose(mobile, vacant.getByTestId('holder-select'), 'Ada Admin');
    await vacant.getByTestId('save-holders').tap();
    await mobile.waitForFunction((n) => Number(document.querySelector('[data-testid=vacancy-count]')?.getAttribute('data-count')) === n, before - 1);
    await mobile.getByTestId('saved-notice').filter({ hasText: /\S/ }).waitFor();
    await assertNoSidewaysScroll(mobile, 'mobile');
    a11y.push(...(await accessibility(mobile, 'org-chart-holder-phone')));
    await screenshot(mobile, 'org-chart-holder-phone');
    await mobile.context().close();
  });

  await step('the checklist shows the org-chart step done (then the org chart is emptied for the later steps)', async () => {
    await admin.goto(`${base}/`);
    await admin.locator('[data-testid=onboarding-step][data-step=orgChart][data-done=true]').waitFor();
    assert.equal(await admin.getByTestId('onboarding').getAttribute('data-done'), '1');
    for (const position of await apiCall(admin, 'GET', '/api/org/positions')) {
      await apiCall(admin, 'DELETE', `/api/org/positions/${position.id}`);
    }
    const units = await apiCall(admin, 'GET', '/api/org/units');
    for (const unit of units.sort((a, b) => b.code.length - a.code.length)) {
      await apiCall(admin, 'DELETE', `/api/org/units/${unit.id}`);
    }
  });
}
