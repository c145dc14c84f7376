import { Alert, createTheme, Drawer, Modal } from '@mantine/core';

/**
 * The staff app's Mantine theme in one language: the close button of every dialog, drawer and
 * closable alert is named `closeLabel` ("Tutup"), so no screen has to name it again.
 */
export function themeFor(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'blue',
    // Shade 8 keeps white text on filled buttons and badges above WCAG AA contrast.
    primaryShade: 8,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
    },
  });
}
