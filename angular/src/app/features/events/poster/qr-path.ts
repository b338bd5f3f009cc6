/** A QR code's dark modules as one SVG path (one unit per module, the quiet zone included), for an inline <svg>. */
export interface QrPath {
  readonly size: number;
  readonly d: string;
}

export async function qrPath(text: string, quietZone = 4): Promise<QrPath> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++)
    for (let column = 0; column < count; column++)
      if (qr.isDark(row, column)) parts.push(`M${column + quietZone} ${row + quietZone}h1v1h-1z`);
  return { size: count + 2 * quietZone, d: parts.join('') };
}
