import './styles.css';

/**
 * Paint first, then run the app (issue 16). The page's HTML and CSS are already readable (the
 * build prerenders them), so the browser shows them before it evaluates the app's code: on a
 * slow phone, or with the code already on the device, evaluating it first would hold the first
 * paint back. The app's chunk downloads meanwhile (modulepreload in the page's head).
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * A tap on a button of the painted page before the app runs (the menu, the language switch) is
 * kept and made again once the app has taken the page over, so it is not lost on a slow phone.
 * Links need no app: they open their page as they are.
 */
let pendingTap: HTMLElement | null = null;
function keepTap(event: MouseEvent): void {
  const target = event.target;
  const button = target instanceof Element ? target.closest('button') : null;
  if (button) pendingTap = button;
}
document.addEventListener('click', keepTap, true);

afterFirstPaint(() => {
  void import('./start').then(({ start }) => {
    const how = start();
    document.removeEventListener('click', keepTap, true);
    // React replays a click on a part it is still hydrating once that part is its own.
    if (how === 'hydrated' && pendingTap?.isConnected) pendingTap.click();
  });
});
