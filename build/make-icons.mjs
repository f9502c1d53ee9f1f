// Draws the app icon (a document with a check mark on a blue tile) and writes the files electron-builder
// uses: icon.png (1024×1024, Linux and the source for everything else), icon.ico (Windows, installer),
// icon.icns (macOS). Pure Node: shapes are signed distance functions, so every size is drawn sharp, not scaled.
// Run: node build/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = dirname(fileURLToPath(import.meta.url));

// --- shapes on a 1024 design grid -------------------------------------------------------------
const roundedBox = (px, py, cx, cy, hw, hh, r) => {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const capsule = (px, py, ax, ay, bx, by, r) => {
  const pax = px - ax, pay = py - ay, bax = bx - ax, bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h) - r;
};
const circle = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;

const BLUE_TOP = [0x1f, 0x7a, 0xc9];
const BLUE_BOTTOM = [0x0b, 0x4f, 0x8f];
const WHITE = [0xff, 0xff, 0xff];
const LINE = [0x9d, 0xb9, 0xd6];
const GREEN = [0x1e, 0x8e, 0x4e];

/** Layers back to front: [distance function, colour (or colour function of y)]. */
const layers = [
  [(x, y) => roundedBox(x, y, 512, 512, 412, 412, 190), (y) => BLUE_TOP.map((c, i) => c + ((BLUE_BOTTOM[i] - c) * (y - 100)) / 824)],
  [(x, y) => roundedBox(x, y, 470, 500, 215, 275, 36), () => WHITE],
  ...[350, 430, 510, 590].map((ly, i) => [(x, y) => capsule(x, y, 335, ly, i === 3 ? 480 : 605, ly, 17), () => LINE]),
  [(x, y) => circle(x, y, 680, 700, 150), () => GREEN],
  [(x, y) => Math.min(capsule(x, y, 612, 702, 662, 752, 24), capsule(x, y, 662, 752, 752, 640, 24)), () => WHITE],
];

function render(size) {
  const px = new Uint8Array(size * size * 4);
  const s = 1024 / size;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) * s;
      const y = (j + 0.5) * s;
      let r = 0, g = 0, b = 0, a = 0;
      for (const [dist, colour] of layers) {
        // Coverage from the distance in output pixels: one pixel of anti-aliasing at every size.
        const cov = Math.max(0, Math.min(1, 0.5 - dist(x, y) / s));
        if (cov === 0) continue;
        const c = colour(y);
        r = c[0] * cov + r * (1 - cov);
        g = c[1] * cov + g * (1 - cov);
        b = c[2] * cov + b * (1 - cov);
        a = cov + a * (1 - cov);
      }
      const o = (j * size + i) * 4;
      // Colours were mixed premultiplied against transparent black; store them straight.
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

// --- PNG -----------------------------------------------------------------------------------------
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// --- ICO: classic bitmaps for small sizes (every Windows and NSIS reads them), PNG for 256 ------------
function dib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour + mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4;
      const d = ((size - 1 - y) * size + x) * 4; // bottom-up, BGRA
      pixels[d] = rgba[s + 2];
      pixels[d + 1] = rgba[s + 1];
      pixels[d + 2] = rgba[s];
      pixels[d + 3] = rgba[s + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]); // alpha carries transparency; mask all 0
}
function ico(images) {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    head[e] = size >= 256 ? 0 : size;
    head[e + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}

// --- ICNS: PNG entries -----------------------------------------------------------------------------
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'ascii');
    h.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([h, data]);
  });
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'ascii');
  h.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([h, body]);
}

const cache = new Map();
const pixels = (size) => cache.get(size) ?? (cache.set(size, render(size)), cache.get(size));
const pngOf = (size) => png(size, pixels(size));

writeFileSync(join(OUT, 'icon.png'), pngOf(1024));
writeFileSync(
  join(OUT, 'icon.ico'),
  ico([16, 24, 32, 48, 64, 128].map((size) => ({ size, data: dib(size, pixels(size)) })).concat([{ size: 256, data: pngOf(256) }])),
);
writeFileSync(
  join(OUT, 'icon.icns'),
  icns([
    { type: 'ic11', data: pngOf(32) },
    { type: 'ic12', data: pngOf(64) },
    { type: 'ic07', data: pngOf(128) },
    { type: 'ic08', data: pngOf(256) },
    { type: 'ic13', data: pngOf(256) },
    { type: 'ic09', data: pngOf(512) },
    { type: 'ic14', data: pngOf(512) },
    { type: 'ic10', data: pngOf(1024) },
  ]),
);
console.log('wrote build/icon.png, build/icon.ico, build/icon.icns');
