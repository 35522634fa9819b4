/**
 * Draws the two Teams app icons and writes them as PNG files into manifest/:
 * - color.png: 192x192, solid teal square with a white mortarboard in the middle 96x96 (48 px padding, square
 *   corners: Teams rounds or crops the icon itself, and its Store review rejects pre-rounded icons);
 * - outline.png: 32x32, the same mortarboard in pure white (255,255,255) on a transparent background, no padding.
 *
 * Run it with `npx tsx scripts/generateIcons.ts` after changing the drawing; commit the PNGs it writes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** RGBA pixels, row by row, 4 bytes each. */
interface Image {
  width: number;
  height: number;
  rgba: Buffer;
}

const TEAL = [0x00, 0x7c, 0x78] as const;
/** Samples per pixel side: 4x4 = 16 samples gives smooth anti-aliased edges. */
const SUPERSAMPLING = 4;

/**
 * Whether a point of the mortarboard glyph is inside it. The glyph is drawn in a box from -1 to 1 on both axes,
 * y pointing down.
 */
function insideMortarboard(x: number, glyphY: number): boolean {
  // Drawn around y = -0.13, then moved down so the glyph is centred vertically.
  const y = glyphY - 0.13;
  // The board: a flat diamond across the full width.
  const boardCentreY = -0.38;
  const board = Math.abs(x) / 1 + Math.abs(y - boardCentreY) / 0.44;
  if (board <= 1) return true;

  // The cap under the board, with a curved bottom edge; a thin gap keeps it apart from the board.
  const capHalfWidth = 0.56;
  if (Math.abs(x) <= capHalfWidth && y >= -0.2 && board >= 1.2) {
    const bottom = 0.3 + 0.16 * Math.sqrt(1 - (x / capHalfWidth) ** 2);
    if (y <= bottom) return true;
  }

  // The tassel hanging from the right-hand point of the board, ending in a knob.
  const tasselX = 0.86;
  if (Math.abs(x - tasselX) <= 0.06 && y >= boardCentreY && y <= 0.4) return true;
  return (x - tasselX) ** 2 + (y - 0.45) ** 2 <= 0.11 ** 2;
}

/** Fraction of a pixel covered by the glyph, the glyph box being `box` pixels wide and starting at `offset`. */
function coverage(px: number, py: number, offset: number, box: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = ((px + (sx + 0.5) / SUPERSAMPLING - offset) / box) * 2 - 1;
      const y = ((py + (sy + 0.5) / SUPERSAMPLING - offset) / box) * 2 - 1;
      if (insideMortarboard(x, y)) inside++;
    }
  }
  return inside / SUPERSAMPLING ** 2;
}

export function drawColourIcon(): Image {
  const size = 192;
  const symbol = 96;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c = coverage(px, py, (size - symbol) / 2, symbol);
      const i = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(TEAL[k]! * (1 - c) + 255 * c);
      rgba[i + 3] = 255;
    }
  }
  return { width: size, height: size, rgba };
}

export function drawOutlineIcon(): Image {
  const size = 32;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const i = (py * size + px) * 4;
      rgba.fill(255, i, i + 3);
      rgba[i + 3] = Math.round(255 * coverage(px, py, 0, size));
    }
  }
  return { width: size, height: size, rgba };
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlacing, filter "none" on every row). */
export function encodePng({ width, height, rgba }: Image): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'manifest');
  for (const [file, image] of [
    ['color.png', drawColourIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    writeFileSync(path.join(dir, file), encodePng(image));
    console.log(path.join(dir, file));
  }
}
