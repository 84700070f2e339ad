import {
  DEFAULT_THEME,
  Menu,
  Modal,
  Notification,
  TableScrollContainer,
  createTheme,
  darken,
  luminance,
  mergeThemeOverrides,
  toRgba,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

const font = 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Calm and plain: Mantine's defaults, an indigo accent, rounded corners, steady type. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily: font,
  headings: { fontFamily: font, fontWeight: '650' },
  cursorType: 'pointer',
  // Filled buttons and badges pick black or white text by the colour behind it; 0.179 is where both
  // give the same contrast, so the chosen one always reaches WCAG AA (4.5:1).
  autoContrast: true,
  luminanceThreshold: 0.179,
  components: {
    // Mantine's focus placeholder (role=presentation, focusable) is not allowed in a menu (axe aria-required-children);
    // without it the menu itself takes focus on opening and the arrow keys move to its items.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } }),
    // a notice's words in the readable grey, not Mantine's gray-6 (3.3:1 on white)
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-dimmed)' } } }),
    // A table that scrolls sideways can be scrolled with the keyboard too (WCAG 2.1.1).
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
});

/**
 * The theme with the words Mantine's own buttons need, in the reader's language (WCAG 4.1.2): the clear button of
 * a file or date field and the close button of a notice have a name. A component's own props still win.
 */
export function themeIn(names: { clear: string; close: string }): MantineThemeOverride {
  const clear = { defaultProps: { clearButtonProps: { 'aria-label': names.clear } } };
  return mergeThemeOverrides(theme, {
    components: {
      FileInput: clear,
      DateInput: clear,
      DatePickerInput: clear,
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': names.close } } },
    },
  });
}

/** WCAG 2.1 AA for normal text; a little over 4.5 so rounding never tips it under. */
const AA = 4.6;

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

const hex = (color: string) => {
  const { r, g, b } = toRgba(color);
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
};

/** The colour darkened just enough to be readable as small text on every one of the backgrounds. */
export function readableOn(color: string, backgrounds: string[]): string {
  let c = color;
  for (let step = 0; step < 20 && backgrounds.some((bg) => contrast(c, bg) < AA); step++) c = darken(c, 0.06);
  return hex(c);
}

/**
 * Colours that text is written in, made readable (WCAG 2.1 AA) in both schemes. Mantine's defaults put
 * dimmed grey (3.3:1) and several palettes' text and light-variant colours (teal, green, yellow, orange,
 * red, cyan, blue on white or their own tint) under 4.5:1 in the light scheme, and dimmed grey under it
 * on the dark scheme's raised surfaces.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': '#5c636a', // 6.1:1 on white, 5.1:1 on gray-2
    '--mantine-color-placeholder': '#6b7178', // 4.9:1 on white
    '--mantine-color-anchor': 'var(--mantine-color-indigo-9)', // 6.8:1 on white, 5.2:1 on a light tint (a celebrated win)
    '--mantine-color-error': readableOn(DEFAULT_THEME.colors.red[9], ['#ffffff', DEFAULT_THEME.colors.red[1]]),
  };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    // `c="teal"` text (on white or a grey surface) and the light variant (on its own tint)
    light[`--mantine-color-${name}-text`] = readableOn(shades[7], ['#ffffff', DEFAULT_THEME.colors.gray[1]]);
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], ['#ffffff', shades[1], shades[2]]);
  }
  return {
    variables: {},
    light,
    dark: {
      '--mantine-color-dimmed': '#adadad', // 6.9:1 on the body, 5.0:1 on dark-5
      '--mantine-color-anchor': 'var(--mantine-color-indigo-3)', // 6.8:1 on the body, 4.9:1 on dark-5 (a hovered row)
      '--mantine-color-placeholder': '#9e9e9e', // 5.1:1 on an input (dark-6)
      '--mantine-color-error': 'var(--mantine-color-red-4)', // 6.1:1 on an input (dark-6)
    },
  };
};
