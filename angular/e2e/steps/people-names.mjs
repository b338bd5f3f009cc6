// Display names (issue 13.1 and 13.2): in a fresh company signed up in English, the admin is greeted by name (not
// "admin"), creates a user on a 375 px phone with family name 李 and given name 娜 and no typed name, and the list names
// her 李娜; when she signs in, home greets her as 李娜 and the header names her. Axe and no sideways scroll on both pages.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

async function signIn(page, base, slug, userName, password) {
  await page.goto(`${base}/account/sign-in`);
  await page.fill('#tenant', slug);
  await page.fill('#userName', userName);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

export async function peopleNamesSteps({ step, browser, base, phone, accessibility, screenshot, a11y, pages }) {
  await step('display names: a user created with family and given name on a 375 px phone is listed and greeted as 李娜', async () => {
    const slug = `e2e-names-${Date.now().toString(36)}`;
    const password = 'Admin@12345';
    const context = await browser.newContext({ ...phone, locale: 'en-US' });
    const page = await context.newPage();
    pages.push(page);
    const signUp = await page.request.post(`${base}/api/account/sign-up`, {
      data: { companyName: 'Names Ltd', slug, adminName: 'Pat Admin', email: `admin@${slug}.test`, password, culture: 'en' },
    });
    assert.equal(signUp.status(), 201, `sign-up: ${await signUp.text()}`);
    await signIn(page, base, slug, 'admin', password);
    await page.locator('h1', { hasText: 'Hello, Pat Admin' }).waitFor();

    await page.goto(`${base}/identity/users`);
    await page.getByTestId('user').first().waitFor();
    await page.fill('#user-userName', 'lina');
    await page.fill('#user-familyName', '李');
    await page.fill('#user-givenName', '娜');
    await page.fill('#user-email', `lina@${slug}.test`);
    await page.fill('#user-password', 'Lina@12345');
    await page.getByTestId('create-user').click();
    const lina = page.getByTestId('user').filter({ has: page.getByTestId('user-user-name').getByText('lina', { exact: true }) });
    await lina.waitFor();
    assert.equal(await lina.getByTestId('user-display-name').innerText(), '李娜', 'family and given name make the name');
    await assertNoSidewaysScroll(page, 'users with a new user');
    a11y.push(...(await accessibility(page, 'users-names-phone')));
    await screenshot(page, 'users-names-phone');

    const linaPage = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(linaPage);
    await signIn(linaPage, base, slug, 'lina', 'Lina@12345');
    // She has no language of her own, so the portal follows the company's (Chinese unless changed): 李娜 either way.
    await linaPage.locator('h1', { hasText: '李娜' }).waitFor();
    assert.match(await linaPage.getByTestId('user-menu').innerText(), /李娜/, 'the header names the person');
    await assertNoSidewaysScroll(linaPage, 'home greeting');
    a11y.push(...(await accessibility(linaPage, 'home-greeting-phone')));
    await screenshot(linaPage, 'home-greeting-phone');
    await linaPage.context().close();
    await context.close();
  });
}
