import { useEffect } from 'react';

/**
 * While `active`, asks before the page is left: closing or reloading the tab (the browser's own
 * question) and following a link inside the app (a confirm with `message`).
 */
export function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    // React Router's links navigate from React's own listener on the root; a capturing listener on
    // the document runs first and can stop the click before it gets there.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if (
        link.target === '_blank' ||
        link.hasAttribute('download') ||
        link.origin !== window.location.origin
      ) {
        return;
      }
      if (link.pathname === window.location.pathname) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [active, message]);
}
