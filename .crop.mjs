import sharp from 'sharp';
const [inp, out, top = '0', h = '844'] = process.argv.slice(2);
const m = await sharp(inp).metadata();
await sharp(inp).extract({ left: 0, top: +top, width: m.width, height: Math.min(+h, m.height - +top) }).toFile(out);
