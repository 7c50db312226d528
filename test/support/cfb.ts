// A minimal Compound File Binary writer (MS-CFB, version 3, 512-byte sectors), for tests that need
// the OLE container Excel 97–2003 and password-protected .xlsx files come in: an .xls holds a
// "Workbook" stream, an encrypted .xlsx "EncryptionInfo" and "EncryptedPackage" (MS-OFFCRYPTO).
// Streams are padded to 4,096 bytes so none goes to the mini stream. Test-only.

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export function compoundFile(streams: readonly { name: string; bytes?: Uint8Array }[]): Uint8Array {
  const bodies = streams.map((s) => {
    const b = new Uint8Array(Math.max(4096, Math.ceil((s.bytes?.length ?? 0) / SECTOR) * SECTOR));
    if (s.bytes) b.set(s.bytes);
    return b;
  });
  // Sector 0: the FAT; sector 1: the directory (4 entries of 128 bytes); then each stream.
  const streamSectors = bodies.map((b) => b.length / SECTOR);
  const total = 2 + streamSectors.reduce((a, b) => a + b, 0);
  if (streams.length > 3 || total > SECTOR / 4) throw new Error('compoundFile: too large for this test writer');
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  // Header.
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  view.setUint32(0x4c, 0, true); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREE, true);
  const sector = (n: number): number => SECTOR * (1 + n);
  // FAT.
  const fat = (i: number, v: number): void => view.setUint32(sector(0) + i * 4, v, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, FAT_SECTOR);
  fat(1, END_OF_CHAIN);
  const starts: number[] = [];
  let next = 2;
  for (const n of streamSectors) {
    starts.push(next);
    for (let k = 0; k < n; k++) fat(next + k, k === n - 1 ? END_OF_CHAIN : next + k + 1);
    next += n;
  }
  // Directory: the root, then the streams chained as right siblings of the root's child.
  const entry = (
    i: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ): void => {
    const at = sector(1) + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, NO_STREAM, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  streams.forEach((s, i) =>
    entry(i + 1, s.name, 2, NO_STREAM, i + 1 < streams.length ? i + 2 : NO_STREAM, starts[i]!, bodies[i]!.length),
  );
  for (let i = streams.length + 1; i < 4; i++) {
    const at = sector(1) + i * 128;
    view.setUint32(at + 0x44, NO_STREAM, true);
    view.setUint32(at + 0x48, NO_STREAM, true);
    view.setUint32(at + 0x4c, NO_STREAM, true);
  }
  streams.forEach((_, i) => out.set(bodies[i]!, sector(starts[i]!)));
  return out;
}
