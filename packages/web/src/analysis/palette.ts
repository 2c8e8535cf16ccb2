/**
 * Colours for the map's categories. Each is at least 3:1 against the map's white background (the
 * WCAG 2.2 non-text contrast minimum) and they differ in hue and lightness, so neighbouring
 * categories stay apart; the legend names every colour, so nothing depends on colour alone.
 */
export const MAP_BACKGROUND = '#ffffff';

export const CATEGORY_COLOURS = [
  '#1f5f8b', // blue
  '#c0392b', // red
  '#2f7d32', // green
  '#7b3fa0', // purple
  '#b35c00', // dark orange
  '#00796b', // teal
  '#8d5524', // brown
  '#c2185b', // magenta
  '#4e5f9e', // indigo
  '#6b7a1f', // olive
] as const;

/** Nodes outside the top categories, or with none. */
export const OTHER_COLOUR = '#6b7583';
/** Nodes away from the focused one's neighbourhood: faint, so the neighbourhood stands out. */
export const DIMMED_COLOUR = '#e3e6ea';
export const EDGE_COLOUR = '#c9cfd6';
export const FOCUS_EDGE_COLOUR = '#4a5565';

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
