/**
 * The poster's QR code as inline SVG, made at build time (the page needs no
 * script). One function, so the browser test can make the code it expects
 * for an address and compare it with the one the page carries.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `url`: level M survives a pin hole or a fold in the printed sheet. */
export function posterQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
