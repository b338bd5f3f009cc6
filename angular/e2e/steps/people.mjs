// People import (issue 13.3): in a fresh company signed up in English, the admin imports a two-row CSV on the users page
// (check, then invite: two pending invitations), then a bad file shows the row report (row, column, message) and invites
// nobody; the page passes axe and has no horizontal scroll on a 375 px phone.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

const header = 'user_name,email,family_name,given_name,roles,position,language';

export async function peopleSteps({ step, browser, base, desktop, phone, accessibility, screenshot, a11y, pages }) {
  await step('a fresh company imports two people from a CSV on the users page; a bad file shows every bad row', async () => {
    const slug = `e2e-people-${Date.now().toString(36)}`;
    const password = 'Admin@12345';
    const context = await browser.newContext({ ...desktop, locale: 'en-US' });
    const page = await context.newPage();
    pages.push(page);
    const signUp = await page.request.post(`${base}/api/account/sign-up`, {
      data: { companyName: 'People Import Ltd', slug, adminName: 'Pat Admin', email: `admin@${slug}.test`, password, culture: 'en' },
    });
    assert.equal(signUp.status(), 201, `sign-up: ${await signUp.text()}`);
    await page.goto(`${base}/account/sign-in`);
    await page.fill('#tenant', slug);
    await page.fill('#userName', 'admin');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.getByTestId('tenant-name').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the portal starts in the sign-up language');

    await page.goto(`${base}/identity/users`);
    const user = page.getByTestId('user').first();
    await user.waitFor();
    assert.equal(await user.getByTestId('user-display-name').innerText(), 'Pat Admin');
    assert.equal(await user.getByTestId('user-user-name').innerText(), 'admin', 'name and user name are separate parts');

    const good = [header, `lina,li.na@${slug}.test,李,娜,staff,,zh-Hans`, `wzhang,wei.zhang@${slug}.test,Zhang,Wei,staff,,en`].join('\r\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByTestId('import-check').click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    assert.match(await preview.innerText(), /Wei Zhang/, 'the preview names people in the page language');
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByTestId('invitation').filter({ hasText: `wei.zhang@${slug}.test` }).waitFor();
    assert.equal(await page.getByTestId('invitation').count(), 2, 'both rows are pending invitations');

    const bad = [header, `ok,ok@${slug}.test,Ok,Fine,staff,,`, `,not-an-email,Wang,,no-such-role,,`].join('\r\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('import-check').click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    const rows = await report.getByTestId('import-row-error').allInnerTexts();
    assert.ok(rows.length >= 4 && rows.every((r) => r.startsWith('3')), `every error is on row 3: ${rows.join(' | ')}`);
    assert.ok(rows.some((r) => r.includes('roles') && r.includes("no-such-role")), `the unknown role is reported: ${rows.join(' | ')}`);
    assert.equal(await page.getByTestId('invitation').count(), 2, 'the bad file invited nobody');
    a11y.push(...(await accessibility(page, 'users-import-report')));
    await screenshot(page, 'users-import-report');

    const mobile = await (await browser.newContext({ ...phone, locale: 'en-US', storageState: await context.storageState() })).newPage();
    pages.push(mobile);
    await mobile.goto(`${base}/identity/users`);
    await mobile.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await mobile.getByTestId('import-check').click();
    await mobile.getByTestId('import-report').waitFor();
    await assertNoSidewaysScroll(mobile, 'mobile');
    await screenshot(mobile, 'users-import-report-phone');
    await mobile.context().close();
    await context.close();
  });
}
