import { DOCUMENT, inject } from '@angular/core';
import { CanActivateFn } from '@angular/router';

/** The ng-zorro component styles (angular.json bundle "zorro-components", not injected), kept out of the initial load. */
export const componentStylesHref = 'zorro-components.css';

let loading: Promise<void> | null = null;

/** Adds the component style sheet once and waits for it, so that pages never show unstyled. */
export function loadComponentStyles(document: Document): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = componentStylesHref;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
  return loading;
}

/** On every route whose pages use ng-zorro components. */
export const componentStylesGuard: CanActivateFn = () => loadComponentStyles(inject(DOCUMENT)).then(() => true);
