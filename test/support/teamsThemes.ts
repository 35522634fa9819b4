/**
 * The colours Microsoft Teams gives Adaptive Card text and container bands, light and dark theme, from its host
 * configs (microsoft/AdaptiveCards, samples/HostConfig/microsoft-teams-light.json and -dark.json; the light one
 * is also what Agents Playground 0.2.28 renders with). Colours are `#RRGGBB` or `#AARRGGBB`, as in the host config.
 */

type ColourName = 'default' | 'accent' | 'good' | 'warning' | 'attention';
type ContainerStyle = 'default' | 'emphasis' | 'accent' | 'good' | 'warning' | 'attention';

interface Theme {
  /** The card's own background, under the default container style. */
  background: string;
  styles: Record<ContainerStyle, { background: string; text: Record<ColourName, [string, string]> }>;
}

/** `[default, subtle]` per text colour. */
const lightText: Record<ColourName, [string, string]> = {
  default: ['#ff252424', '#bf252424'],
  accent: ['#6264a7', '#8b8cc7'],
  good: ['#92c353', '#e592c353'],
  warning: ['#f8d22a', '#e5f8d22a'],
  attention: ['#c4314b', '#e5c4314b'],
};
const darkText: Record<ColourName, [string, string]> = {
  default: ['#ffffffff', '#bfffffff'],
  accent: ['#ffa6a7dc', '#ff8b8cc7'],
  good: ['#ff92c353', '#e592c353'],
  warning: ['#fff8d22a', '#e5f8d22a'],
  attention: ['#ffd74654', '#e5d74654'],
};
/** On a tinted band Teams keeps text dark in both themes. */
const onBand = (text: Record<ColourName, [string, string]>, dark: [string, string]) => ({
  ...text,
  default: dark,
});

export const TEAMS_THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: '#ffffff',
    styles: {
      default: { background: '#ffffff', text: lightText },
      emphasis: { background: '#fff9f8f7', text: lightText },
      accent: { background: '#C7DEF9', text: lightText },
      good: { background: '#CCFFCC', text: lightText },
      warning: { background: '#FFE2B2', text: lightText },
      attention: { background: '#FFC5B2', text: lightText },
    },
  },
  dark: {
    background: '#ff2d2c2c',
    styles: {
      default: { background: '#ff2d2c2c', text: darkText },
      emphasis: { background: '#ff292828', text: darkText },
      accent: { background: '#C7DEF9', text: onBand(darkText, ['#ff201f1f', '#ff2d2c2c']) },
      good: { background: '#CCFFCC', text: onBand(darkText, ['#ff201f1f', '#ff2d2c2c']) },
      warning: { background: '#FFE2B2', text: onBand(darkText, ['#ff201f1f', '#ff2d2c2c']) },
      attention: { background: '#FFC5B2', text: onBand(darkText, ['#ff201f1f', '#ff2d2c2c']) },
    },
  },
};

type Rgb = [number, number, number];

function parse(colour: string): { rgb: Rgb; alpha: number } {
  const hex = colour.replace('#', '');
  const alpha = hex.length === 8 ? parseInt(hex.slice(0, 2), 16) / 255 : 1;
  const rgb = hex.slice(-6);
  return {
    rgb: [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16)) as Rgb,
    alpha,
  };
}

/** A colour with its alpha laid over an opaque background. */
function over(colour: string, background: Rgb): Rgb {
  const { rgb, alpha } = parse(colour);
  return rgb.map((channel, i) => channel * alpha + background[i]! * (1 - alpha)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of text over a background, both as the host config gives them. */
export function contrast(text: string, background: string, cardBackground: string): number {
  const back = over(background, over(cardBackground, [255, 255, 255]));
  const [a, b] = [luminance(over(text, back)), luminance(back)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface ShownText {
  text: string;
  /** The container style behind it. */
  style: ContainerStyle;
  colour: ColourName;
  subtle: boolean;
}

/** Every piece of text a card shows, with the colour it asks for and the band it sits on. */
export function textsOf(card: unknown): ShownText[] {
  const found: ShownText[] = [];
  const walk = (node: unknown, style: ContainerStyle) => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, style));
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    const here =
      element.type === 'Container' && typeof element.style === 'string'
        ? (element.style as ContainerStyle)
        : style;
    if (element.type === 'TextBlock') {
      found.push({
        text: String(element.text),
        style: here,
        colour: String(element.color ?? 'default').toLowerCase() as ColourName,
        subtle: element.isSubtle === true,
      });
    }
    if (element.type === 'FactSet') {
      for (const fact of element.facts as { title: string; value: string }[])
        found.push({ text: `${fact.title} ${fact.value}`, style: here, colour: 'default', subtle: false });
    }
    for (const key of ['body', 'items', 'columns']) if (key in element) walk(element[key], here);
  };
  walk(card, 'default');
  return found;
}

/** The contrast of one piece of text in a theme. */
export function contrastIn(theme: Theme, shown: ShownText): number {
  const style = theme.styles[shown.style];
  const [normal, subtle] = style.text[shown.colour];
  return contrast(shown.subtle ? subtle : normal, style.background, theme.background);
}

/** The texts of a card below WCAG 1.4.3's 4.5:1 in a Teams theme, with their ratios: none, for a card people can read. */
export function faintTexts(
  card: unknown,
  theme: keyof typeof TEAMS_THEMES,
): { text: string; ratio: number }[] {
  return textsOf(card)
    .map((shown) => ({ text: shown.text, ratio: contrastIn(TEAMS_THEMES[theme], shown) }))
    .filter((shown) => shown.ratio < 4.5);
}
