/**
 * Text from outside (a feed, a server's status text, an error message) made safe to print on a terminal:
 * C0 and C1 control characters (ESC and CSI start terminal escape sequences: colours, cursor moves, a
 * changed window title), DEL and bidi controls are removed; line breaks and tabs are kept. The one helper
 * for everything the CLI prints that came from outside.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
