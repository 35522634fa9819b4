import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** 8-bit RGBA pixels, row by row (only filled for colour type 6, 8-bit RGBA). */
  rgba: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * A small PNG reader for the icon tests: checks the signature and every chunk's CRC, reads IHDR, and for
 * non-interlaced 8-bit RGBA undoes the five row filters (PNG spec §9) to give the pixels.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < png.length && !ended) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) {
      throw new Error(`bad CRC in ${type} chunk`);
    }
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    ended = type === 'IEND';
    offset += 12 + length;
  }
  if (!header || data.length === 0 || !ended) throw new Error('PNG lacks IHDR, IDAT or IEND');

  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = header.subarray(8);
  if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) {
    return { width, height, colourType: colourType ?? -1, rgba: Buffer.alloc(0) };
  }

  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) throw new Error('image data has the wrong length');
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1];
      if (predictor === undefined) throw new Error(`unknown filter ${filter} on row ${y}`);
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, colourType, rgba };
}
