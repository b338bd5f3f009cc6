import { portalPath } from './notification-bell.component';

describe('notification links', () => {
  it('follows portal paths only', () => {
    expect(portalPath('/approvals/requests/1')).toBe('/approvals/requests/1');
    expect(portalPath('//evil.example/x')).toBeNull();
    expect(portalPath('https://evil.example/x')).toBeNull();
    expect(portalPath(null)).toBeNull();
  });
});
