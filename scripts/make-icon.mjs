// Draws the app icon, assets/icon.png (512 x 512 RGBA): a shield, navy rim and blue field, with a
// white exclamation mark. No image library: the shape is computed per pixel (4 x 4 samples for
// smooth edges) and written as a PNG with node's zlib. Deterministic; run `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const SAMPLES = 4;

const RIM = [22, 50, 79]; // #16324f
const FIELD = [42, 111, 151]; // #2a6f97
const MARK = [255, 255, 255];

/** Whether (x, y), in unit coordinates, is inside the shield scaled by `scale` around the centre. */
function insideShield(x, y, scale) {
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const top = 0.1;
  const shoulder = 0.5;
  const tip = 0.93;
  const halfWidth = 0.36;
  const corner = 0.06;
  if (v < top || v > tip) return false;
  const dx = Math.abs(u - 0.5);
  if (v <= shoulder) {
    if (dx > halfWidth) return false;
    // Rounded top corners.
    if (v < top + corner && dx > halfWidth - corner) {
      return Math.hypot(dx - (halfWidth - corner), v - (top + corner)) <= corner;
    }
    return true;
  }
  const t = (v - shoulder) / (tip - shoulder);
  return dx <= halfWidth * (1 - t ** 1.7);
}

function insideMark(x, y) {
  const bar = Math.abs(x - 0.5) <= 0.04 && y >= 0.25 && y <= 0.58;
  const barTop = Math.hypot(x - 0.5, y - 0.25) <= 0.04;
  const barBottom = Math.hypot(x - 0.5, y - 0.58) <= 0.04;
  const dot = Math.hypot(x - 0.5, y - 0.7) <= 0.05;
  return bar || barTop || barBottom || dot;
}

function colourAt(x, y) {
  if (!insideShield(x, y, 1)) return null;
  if (!insideShield(x, y, 0.86)) return RIM;
  return insideMark(x, y) ? MARK : FIELD;
}

function pixel(px, py) {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const colour = colourAt((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
      if (!colour) continue;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [
    Math.round(r / a),
    Math.round(g / a),
    Math.round(b / a),
    Math.round((255 * a) / (SAMPLES * SAMPLES)),
  ];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function renderIconPng() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const rowStart = y * (1 + SIZE * 4);
    rows[rowStart] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x, y);
      const offset = rowStart + 1 + x * 4;
      rows[offset] = r;
      rows[offset + 1] = g;
      rows[offset + 2] = b;
      rows[offset + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icon.png');
  writeFileSync(target, renderIconPng());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
