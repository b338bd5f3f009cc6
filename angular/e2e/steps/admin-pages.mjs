// The admin pages of issue 14: a setting changed through its typed control, a text-template override edited with the
// server's live preview (a syntax error shown with line and column), saved and reset, and the audit log naming the
// admin and the template on that change, filtered by person and entity type. Desktop and a 375 px phone, axe on each page.
// Runs after 'roles, modules and settings pages open' in the run's freshly signed-up company (admin "Ada Admin", English).
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

export async function adminPagesSteps({ step, browser, base, admin, phone, signIn, accessibility, screenshot, a11y, pages }) {
  await step('the admin changes a setting through its number control; it is still there after a reload', async () => {
    await admin.goto(`${base}/administration/settings`);
    const month = admin.getByTestId('setting-Platform.FiscalYearStartMonth').locator('input[type=number]');
    await month.fill('4');
    const saved = admin.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PUT' && r.ok());
    await admin.getByTestId('save-settings').click();
    await saved;
    await admin.reload();
    await admin.getByTestId('setting-Platform.FiscalYearStartMonth').locator('input[type=number]').waitFor();
    await admin.waitForFunction(() => document.querySelector('[data-testid="setting-Platform.FiscalYearStartMonth"] input[type=number]')?.value === '4');
  });

  await step('the admin edits a text template with the live preview, sees a syntax error with line and column, saves and resets it', async () => {
    await admin.goto(`${base}/administration/text-templates`);
    await admin.getByTestId('template-name').selectOption('Documents.MarketResearchPlan');
    await admin.getByTestId('template-culture-en').check();
    await admin.getByTestId('template-default').waitFor();
    const preview = admin.getByTestId('template-preview');
    await admin.waitForFunction(() => document.querySelector('[data-testid=template-preview]')?.textContent?.includes('Methods'));
    const editor = admin.getByTestId('template-content');
    await editor.fill('Plan\n{{#if goal}}never closed');
    await admin.getByTestId('template-error').filter({ hasText: 'Line 2, column 1' }).waitFor();
    await editor.fill('# Our plan for {{processName}}');
    await admin.waitForFunction(() => document.querySelector('[data-testid=template-preview]')?.textContent === '# Our plan for 2027 spring market research');
    await admin.getByTestId('template-error').waitFor({ state: 'detached' });
    await admin.getByTestId('template-save').click();
    await admin.getByTestId('template-overridden').waitFor();
    a11y.push(...(await accessibility(admin, 'text-templates')));
    await screenshot(admin, 'text-templates');
    await admin.getByTestId('template-reset').click();
    await admin.getByTestId('template-reset-confirm').click();
    await admin.getByTestId('template-default').waitFor();
    await admin.waitForFunction(() => document.querySelector('[data-testid=template-preview]')?.textContent?.includes('Methods'));
    assert.ok(!(await preview.innerText()).includes('Our plan'), 'the default text is back');
  });

  await step('the audit log names the admin and the template on the reset just made, filtered by person and type', async () => {
    await admin.goto(`${base}/administration/audit-logs`);
    await admin.getByTestId('audit-entry').first().waitFor();
    await admin.locator('[data-testid=audit-person] option', { hasText: 'Ada Admin' }).waitFor({ state: 'attached' });
    // The unfiltered first page already holds the entry looked for: wait for the filtered answer and its redraw.
    const filtered = admin.waitForResponse((r) => r.url().includes('/api/audit-logs?') && r.url().includes('userId=') && r.url().includes('entityType='));
    await admin.getByTestId('audit-person').selectOption({ label: 'Ada Admin' });
    await admin.getByTestId('audit-type').selectOption({ label: 'Text template' });
    await admin.getByTestId('audit-search').click();
    await filtered;
    await admin.waitForFunction(() => document.querySelectorAll('[data-testid=audit-entry]').length === 2, null, { timeout: 5000 }).catch(() => {});
    const reset = admin.getByTestId('audit-entry').filter({ hasText: 'deleted' }).filter({ hasText: 'Market research plan (skeleton)' });
    await reset.waitFor();
    assert.equal(await reset.getByTestId('audit-person-name').innerText(), 'Ada Admin');
    assert.equal(await admin.getByTestId('audit-entry').count(), 2, 'the override was created, then deleted');
    a11y.push(...(await accessibility(admin, 'audit-log')));
    await screenshot(admin, 'audit-log');
  });

  await step('the text-template and audit-log pages work on a 375 px phone', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(mobile);
    await signIn(mobile, 'admin');
    for (const [path, ready, name] of [
      ['/administration/text-templates', 'template-name', 'text-templates-phone'],
      ['/administration/audit-logs', 'audit-entry', 'audit-log-phone'],
    ]) {
      await mobile.goto(`${base}${path}`);
      await mobile.getByTestId(ready).first().waitFor();
      if (ready === 'template-name') {
        await mobile.getByTestId('template-name').selectOption('Email.Notification');
        await mobile.getByTestId('template-preview').filter({ hasText: 'Li Lei' }).waitFor();
      }
      await assertNoSidewaysScroll(mobile, path);
      a11y.push(...(await accessibility(mobile, name)));
      await screenshot(mobile, name);
    }
    await mobile.context().close();
  });
}
