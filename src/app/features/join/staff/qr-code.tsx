// A QR code drawn as an inline SVG (by qrcode-generator, a maintained QR library): crisp at any size and in print,
// one path of dark squares on a white quiet zone, with its text alternative as the image's name.
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The dark squares of `text`'s QR code as one SVG path, with the width in modules (quiet zone included). */
export function qrPath(text: string, margin = 4): { d: string; size: number } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  return { d, size: count + 2 * margin };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, size } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="staff-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
