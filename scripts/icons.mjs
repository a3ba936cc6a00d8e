// Draws the app's icon (public/icon.svg and public/favicon.ico) from one list
// of shapes, with nothing but Node: a rising bar chart, white on the app's
// blue, in a rounded square. Run `node scripts/icons.mjs` after changing a
// shape; the favicon holds PNGs of 16, 32 and 48 px (browsers have read PNG
// inside ICO for years).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BLUE = [30, 64, 175]; // Tailwind's blue-800, the app's link and heading colour
const WHITE = [255, 255, 255];
const SIZE = 32; // the drawing's units
/** Rounded rectangles, painted in order: [x, y, width, height, radius, colour]. */
const SHAPES = [
  [0, 0, 32, 32, 6, BLUE],
  // Even positions and widths land on whole pixels at 16 px too.
  [6, 18, 4, 8, 1, WHITE],
  [14, 12, 4, 14, 1, WHITE],
  [22, 6, 4, 20, 1, WHITE],
];
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** RGBA pixels at `size` px, 8×8 samples a pixel. */
function raster(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 8;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const [ux, uy] = [((px + (sx + 0.5) / n) * SIZE) / size, ((py + (sy + 0.5) / n) * SIZE) / size];
          const shape = SHAPES.findLast((s) => inside(s, ux, uy));
          if (!shape) continue;
          for (let i = 0; i < 3; i++) sum[i] += shape[5][i];
          sum[3] += 1;
        }
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples; coverage is the alpha.
      for (let i = 0; i < 3; i++) pixels[at + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      pixels[at + 3] = Math.round((255 * sum[3]) / (n * n));
    }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size) {
  const pixels = raster(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  // Each row starts with filter type 0 (none).
  const rows = Buffer.concat(Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}
function ico(sizes) {
  const images = sizes.map(png);
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // an icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    head.writeUInt8(sizes[i] % 256, entry);
    head.writeUInt8(sizes[i] % 256, entry + 1);
    head.writeUInt16LE(1, entry + 4); // colour planes
    head.writeUInt16LE(32, entry + 6); // bits per pixel
    head.writeUInt32LE(image.length, entry + 8);
    head.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([head, ...images]);
}
function svg() {
  const rects = SHAPES.map(([x, y, w, h, r, c]) => `  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${hex(c)}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">\n${rects.join("\n")}\n</svg>\n`;
}

const out = path.resolve(import.meta.dirname, "..", "public");
writeFileSync(path.join(out, "icon.svg"), svg());
writeFileSync(path.join(out, "favicon.ico"), ico([16, 32, 48]));
// `--preview` also writes the icon large and at 16 px to .data/, to look at.
if (process.argv.includes("--preview")) for (const size of [16, 128]) writeFileSync(path.join(out, "..", ".data", `icon-preview-${size}.png`), png(size));
