// wawoff2 ships no types; the one function we use (lib/build/social-image.ts).
declare module 'wawoff2/decompress.js' {
  /** Unpacks a WOFF2 font into TrueType (or OpenType) bytes. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
