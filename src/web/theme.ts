// One look for the whole app: a deep teal, system fonts, generous radius. Mantine's default
// shades put white text on colours and dark text on tints that fall short of WCAG AA, so the
// shades used for filled buttons (8) and for text on tints (9) are deepened until they pass.
import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  type MantineColorsTuple,
} from "@mantine/core";

function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(color: string): string {
  // darken() answers rgba(); turn it back into #rrggbb for the contrast arithmetic.
  const parts = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number) ?? [0, 0, 0];
  return `#${parts.map((n) => Math.round(n).toString(16).padStart(2, "0")).join("")}`;
}

function deepenUntil(shade: string, against: string, ratio: number): string {
  let color = shade;
  for (let step = 0; step < 20 && contrast(color, against) < ratio; step++) {
    color = toHex(darken(color, 0.06));
  }
  return color;
}

function accessible(shades: readonly string[]): MantineColorsTuple {
  const next = [...shades];
  next[8] = deepenUntil(next[8] as string, "#ffffff", 4.7);
  next[9] = deepenUntil(next[9] as string, next[1] as string, 4.8);
  return next as unknown as MantineColorsTuple;
}

const brand: MantineColorsTuple = [
  "#e3f6f5",
  "#c5ebe9",
  "#93d8d5",
  "#5ec2be",
  "#33aca8",
  "#179591",
  "#0b7c79",
  "#086b68",
  "#075c59",
  "#04403e",
];

const colors = Object.fromEntries(
  Object.entries({ ...DEFAULT_THEME.colors, brand }).map(([name, shades]) => [
    name,
    accessible(shades),
  ]),
);

export const theme = createTheme({
  colors,
  primaryColor: "brand",
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: "md",
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: "650",
  },
  cursorType: "pointer",
  // Mantine's close buttons carry only an icon; screen readers need a name. Plain objects (not
  // Modal.extend) so the theme does not pull the dialogs into the first chunk.
  components: {
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    Drawer: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    // Field errors (the message and the field's text) in a red that passes AA on white.
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: {},
});
