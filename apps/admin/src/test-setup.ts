import { cleanup } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';

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
