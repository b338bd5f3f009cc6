// Navigation and global search in a fresh company: a menu group folds and unfolds (and stays folded after a
// reload), Ctrl+K focuses the search box, a person's name and an event's name find them and the results open
// their pages by keyboard and by click; the person's link opens the users page filtered to her and an org unit's link
// opens the org chart with that unit marked (desktop and phone); on a 375 px phone the box opens from an icon at full
// width. Axe runs with the results open and on the pages the links open.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

export async function navigationSearchSteps({ step, browser, base, desktop, phone, pages, apiCall, accessibility, screenshot, a11y }) {
  const slug = `nav-${Date.now().toString(36)}`;
  const password = 'Admin@12345';
  let eventId = '';

  async function signIn(page) {
    await page.goto(`${base}/account/sign-in`);
    await page.fill('#tenant', slug);
    await page.fill('#userName', 'admin');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.getByTestId('tenant-name').waitFor();
  }

  const admin = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(admin);

  await step('navigation: a fresh company with Events on, a person 李娜 and an event "Harbour launch"', async () => {
    const signUp = await admin.request.post(`${base}/api/account/sign-up`, {
      data: { companyName: 'Nav Search Ltd', slug, adminName: 'Nora Admin', email: `admin@${slug}.test`, password },
    });
    assert.ok(signUp.ok(), `sign-up: ${signUp.status()} ${await signUp.text()}`);
    await signIn(admin);
    await apiCall(admin, 'PUT', '/api/modules/Modules.Events', { isEnabled: true });
    const unit = await apiCall(admin, 'POST', '/api/org/units', { displayName: 'Marketing', parentId: null, kind: 'Department' });
    await apiCall(admin, 'POST', '/api/org/units', { displayName: 'Harbour desk', parentId: unit.id, kind: 'Group' });
    await apiCall(admin, 'POST', '/api/identity/users', {
      userName: 'linda', name: 'Linda Other', email: `linda@${slug}.test`, password, roleNames: [], isActive: true,
    });
    await apiCall(admin, 'POST', '/api/identity/users', {
      userName: 'lina', name: '李娜', email: `lina@${slug}.test`, password, roleNames: [], isActive: true,
    });
    eventId = (await apiCall(admin, 'POST', '/api/events', {
      name: 'Harbour launch', type: 'OfflineSalon', startTime: '2027-04-10T01:00:00Z', endTime: '2027-04-10T05:00:00Z',
      place: 'Ningbo', ownerUnitId: unit.id, budgetLines: [],
    })).id;
    await admin.reload();
    await admin.getByTestId('menu-/events').waitFor();
  });

  await step('navigation: a menu group folds, stays folded after a reload and unfolds; the Events module has its own group', async () => {
    const work = admin.getByTestId('menu-group-work');
    assert.equal(await work.getAttribute('aria-expanded'), 'true');
    await admin.getByTestId('menu-group-module:Modules.Events').waitFor();
    await work.click();
    await admin.getByTestId('menu-/').waitFor({ state: 'detached' });
    assert.equal(await work.getAttribute('aria-expanded'), 'false');
    await admin.reload();
    await admin.getByTestId('menu-group-work').waitFor();
    assert.equal(await admin.getByTestId('menu-group-work').getAttribute('aria-expanded'), 'false', 'the fold is kept in this browser');
    assert.equal(await admin.getByTestId('menu-/').count(), 0);
    await admin.getByTestId('menu-group-work').focus();
    await admin.keyboard.press('Enter');
    await admin.getByTestId('menu-/').waitFor();
    assert.equal(await admin.getByTestId('menu-group-work').getAttribute('aria-expanded'), 'true');
  });

  await step('navigation: Ctrl+K focuses the search; "李" finds 李娜, the arrow keys and Enter open her page', async () => {
    await admin.locator('main.content').click({ position: { x: 2, y: 2 } });
    await admin.keyboard.press('Control+k');
    await admin.waitForFunction(() => document.activeElement?.id === 'global-search');
    await admin.keyboard.type('李');
    const person = admin.getByTestId('search-hit-Identity.User').filter({ hasText: '李娜' });
    await person.waitFor();
    await admin.keyboard.press('ArrowDown');
    assert.equal(await admin.getByTestId('global-search').getAttribute('aria-activedescendant'), 'search-hit-0');
    await admin.keyboard.press('Enter');
    await admin.waitForURL(/\/identity\/users\?q=lina$/);
    await admin.getByTestId('search-results').waitFor({ state: 'detached' });
    // The link's ?q= filters the users page to her (Linda, the admin and the rest stay out) and fills its find box.
    await admin.getByTestId('user').filter({ hasText: '李娜' }).waitFor();
    assert.deepEqual(await admin.getByTestId('user-user-name').allInnerTexts(), ['lina']);
    assert.equal(await admin.getByTestId('find-person').inputValue(), 'lina');
    a11y.push(...(await accessibility(admin, 'users filtered by a search link')));
  });

  await step('navigation: an org unit found by search opens the org chart with that unit marked', async () => {
    await admin.getByTestId('global-search').fill('harbour desk');
    const unitHit = admin.getByTestId('search-hit-OrgChart.Unit').filter({ hasText: 'Harbour desk' });
    await unitHit.waitFor();
    await unitHit.click();
    await admin.waitForURL(/\/org\?unit=[0-9a-f-]+$/);
    const marked = admin.locator('[data-testid="unit"][aria-current="true"]');
    await marked.waitFor();
    assert.equal(await marked.getAttribute('data-unit'), 'Harbour desk');
    assert.equal(await marked.count(), 1);
  });

  await step('navigation: "/" focuses the search; an event is found by part of its name and opens; axe with the results open', async () => {
    await admin.locator('main.content').click({ position: { x: 2, y: 2 } });
    await admin.keyboard.press('/');
    await admin.waitForFunction(() => document.activeElement?.id === 'global-search');
    await admin.getByTestId('global-search').fill('harbour LAU');
    const event = admin.getByTestId('search-hit-Events.MarketingEvent').filter({ hasText: 'Harbour launch' });
    await event.waitFor();
    a11y.push(...(await accessibility(admin, 'search-results')));
    await screenshot(admin, 'search-results');
    await admin.keyboard.press('Escape');
    await admin.getByTestId('search-results').waitFor({ state: 'detached' });
    await admin.getByTestId('global-search').press('ArrowDown');
    await event.click();
    await admin.waitForURL(new RegExp(`/events/${eventId}$`));
  });

  await step('navigation: on a 375 px phone the search opens from an icon at full width and finds the event', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(mobile);
    await signIn(mobile);
    assert.equal(await mobile.getByTestId('global-search').count(), 0, 'only the icon shows on a phone');
    await mobile.getByTestId('search-open').tap();
    await mobile.waitForFunction(() => document.activeElement?.id === 'global-search');
    await mobile.keyboard.type('Harbour');
    const event = mobile.getByTestId('search-hit-Events.MarketingEvent').filter({ hasText: 'Harbour launch' });
    await event.waitFor();
    const box = await mobile.getByTestId('global-search').boundingBox();
    assert.ok(box && box.width > 250, `the box takes the width (${box?.width})`);
    await assertNoSidewaysScroll(mobile, 'mobile');
    a11y.push(...(await accessibility(mobile, 'search-results-phone')));
    await screenshot(mobile, 'search-results-phone');
    await event.tap();
    await mobile.waitForURL(new RegExp(`/events/${eventId}$`));
    await mobile.getByTestId('search-open').tap();
    await mobile.waitForFunction(() => document.activeElement?.id === 'global-search');
    await mobile.getByTestId('global-search').fill('lina');
    const person = mobile.getByTestId('search-hit-Identity.User').filter({ hasText: '李娜' });
    await person.waitFor();
    await person.tap();
    await mobile.waitForURL(/\/identity\/users\?q=lina$/);
    await mobile.getByTestId('user').filter({ hasText: '李娜' }).waitFor();
    assert.deepEqual(await mobile.getByTestId('user-user-name').allInnerTexts(), ['lina']);
    await assertNoSidewaysScroll(mobile, 'users filtered by a search link (phone)');
    await mobile.getByTestId('search-open').tap();
    await mobile.waitForFunction(() => document.activeElement?.id === 'global-search');
    await mobile.getByTestId('global-search').fill('harbour desk');
    const unitHit = mobile.getByTestId('search-hit-OrgChart.Unit').filter({ hasText: 'Harbour desk' });
    await unitHit.waitFor();
    await unitHit.tap();
    await mobile.locator('[data-testid="unit"][aria-current="true"][data-unit="Harbour desk"]').waitFor();
    await assertNoSidewaysScroll(mobile, 'org chart with a unit marked (phone)');
    a11y.push(...(await accessibility(mobile, 'org chart with a unit marked (phone)')));
    await screenshot(mobile, 'org-unit-from-search-phone');
    await mobile.getByTestId('open-menu').tap();
    await mobile.getByTestId('menu-group-work').tap();
    // The page redraws after the tap's handler: wait for the folded state rather than read it at once.
    await mobile.locator('[data-testid="menu-group-work"][aria-expanded="false"]').waitFor();
    await mobile.getByTestId('menu-group-work').tap();
    await mobile.getByTestId('menu-/').waitFor();
    await mobile.context().close();
  });
  await admin.context().close();
}
