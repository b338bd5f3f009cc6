import { DestroyRef, Signal, inject, signal } from '@angular/core';

/** True under 768 px: the side menu becomes a drawer. */
export function mobileQuery(): Signal<boolean> {
  const query = window.matchMedia('(max-width: 767.98px)');
  const mobile = signal(query.matches);
  const listener = (event: MediaQueryListEvent) => mobile.set(event.matches);
  query.addEventListener('change', listener);
  inject(DestroyRef).onDestroy(() => query.removeEventListener('change', listener));
  return mobile.asReadonly();
}
