import { type ComponentProps, type ComponentType, lazy } from 'react';

/** A component whose code loads on demand, and can be asked for ahead of its first render. */
export type Preloadable<C> = C & { preload: () => Promise<unknown> };

/**
 * Like `React.lazy`, with two differences. `preload()` starts fetching the code early (as the app
 * starts, or as a page asks for its data). And once the code is here, the component renders it
 * directly: `lazy` suspends on its first render even when the code has come already, and React
 * then holds the content back for up to 300 ms after the fallback (its throttling of Suspense
 * reveals), a delay every cold load of a page or tab paid.
 */
// biome-ignore lint/suspicious/noExplicitAny: any component, whatever its props
export function preloadable<C extends ComponentType<any>>(
  load: () => Promise<{ default: C }>,
): Preloadable<C> {
  let loaded: C | undefined;
  let pending: Promise<{ default: C }> | undefined;
  const preload = () => {
    pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (a new version deployed, offline) is tried again on the next render.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload) as unknown as C;
  function Component(props: ComponentProps<C>) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return Object.assign(Component as unknown as C, { preload });
}
