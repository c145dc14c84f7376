import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';

// findBy*/waitFor wait for what the user waits for; on a busy 2-core machine (CI, parallel builds)
// a screen can take seconds, so they wait up to 10 s instead of testing-library's 1 s.
configure({ asyncUtilTimeout: 10_000 });

// Mantine reads these browser APIs, which happy-dom lacks.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => cleanup());

// Mantine's transitions finish on timers (up to a few hundred ms) that can outlive a file's last
// test on a busy machine, then touch a window the environment has already torn down. Timers fire
// in order of expiry, so waiting a second lets every earlier one run while the window exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1000)));
