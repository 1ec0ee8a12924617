// Node 20.18.3+ and 22.13+ decode "windows-1252" (and "latin1", which the WHATWG maps to it) as
// ISO-8859-1, turning curly quotes and "€" into C1 control characters (nodejs/node#60888). The
// WHATWG index for 0x80-0x9F is small enough to apply here; it is a no-op on a fixed Node.
const C1_TO_WINDOWS_1252: Record<string, string> = {
  "\u0080": "€", "\u0082": "‚", "\u0083": "ƒ", "\u0084": "„", "\u0085": "…", "\u0086": "†", "\u0087": "‡",
  "\u0088": "ˆ", "\u0089": "‰", "\u008a": "Š", "\u008b": "‹", "\u008c": "Œ", "\u008e": "Ž",
  "\u0091": "‘", "\u0092": "’", "\u0093": "“", "\u0094": "”", "\u0095": "•", "\u0096": "–", "\u0097": "—",
  "\u0098": "˜", "\u0099": "™", "\u009a": "š", "\u009b": "›", "\u009c": "œ", "\u009e": "ž", "\u009f": "Ÿ",
};

/** Windows-1252 as the WHATWG Encoding Standard defines it (0x81, 0x8D, 0x8F, 0x90, 0x9D stay C1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (char) => C1_TO_WINDOWS_1252[char] ?? char);
}
