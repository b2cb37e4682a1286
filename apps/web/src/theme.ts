import { createTheme } from '@mantine/core';

// System fonts only: they cover Vietnamese everywhere and need no download.
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  defaultRadius: 'sm',
});
