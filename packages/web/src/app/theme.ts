import { type CSSVariablesResolver, createTheme, darken } from "@mantine/core";

/** Contrast first (WCAG 2.2 AA): darker primary shade and darker "dimmed" text than Mantine's defaults. */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: "md",
  focusRing: "auto",
  cursorType: "pointer",
  respectReducedMotion: true,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" },
});

/**
 * Text of "light" and "subtle" variants (badges, subtle buttons) uses shade 9, which is still below 4.5:1 for
 * orange, green, teal, yellow… on their tinted background: every colour's text is darkened a step further.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightColors: Record<string, string> = {};
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === "dark" || !shades) continue;
    lightColors[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.2);
  }
  return {
    variables: {},
    light: {
      ...lightColors,
      "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
      "--mantine-color-error": "var(--mantine-color-red-9)",
      "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
      "--mantine-color-anchor": "var(--mantine-color-blue-8)",
    },
    dark: {},
  };
};
