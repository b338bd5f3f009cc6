// The notifications page: the requester, on a 375 × 812 phone, opens it from the bell ("See all"), finds the
// decision about the request just approved, marks all read, and the bell's count drops to 0 without a reload.
// Runs right after 'the requester sees it approved' (the approval sent the requester an ApprovalDecided notification).
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

export async function notificationSteps({ step, browser, base, signIn, accessibility, screenshot, a11y, pages, apiCall, phone }) {
  await step('the requester opens the notifications page from the bell on a phone and marks all read; the bell shows 0', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(mobile);
    await signIn(mobile, 'requester');
    const { count } = await apiCall(mobile, 'GET', '/api/notifications/unread-count');
    assert.ok(Number(count) >= 1, `the decision is unread (${count})`);
    const badge = mobile.getByTestId('unread-count');
    await badge.waitFor();
    await mobile.getByTestId('bell').tap();
    await mobile.getByTestId('see-all-notifications').tap();
    await mobile.waitForURL(/\/notifications$/);
    const decision = mobile.getByTestId('notification-item').filter({ hasText: 'Trade show booth' }).first();
    await decision.waitFor();
    assert.equal(await decision.getAttribute('data-read'), 'false');
    assert.ok((await decision.getByTestId('notification-link').getAttribute('href'))?.startsWith('/approvals/'), 'links to the request');
    await assertNoSidewaysScroll(mobile, 'mobile');
    a11y.push(...(await accessibility(mobile, 'notifications-phone')));
    await screenshot(mobile, 'notifications-phone');

    await mobile.getByTestId('page-read-all').tap();
    await mobile.locator('[data-testid=notification-item][data-read=false]').first().waitFor({ state: 'detached' });
    await badge.waitFor({ state: 'detached', timeout: 12_000 });
    assert.equal(Number((await apiCall(mobile, 'GET', '/api/notifications/unread-count')).count), 0);
    await mobile.getByTestId('filter-unread').tap();
    await mobile.getByTestId('notifications-empty').waitFor();
    await screenshot(mobile, 'notifications-read-phone');
    await mobile.context().close();
  });
}
