import type { NextAdapter } from 'next';

/** The file, in Next's build folder, that lib/build/write-export.ts reads. */
export declare const BUILD_OUTPUTS_FILE: string;

declare const adapter: NextAdapter;
export default adapter;
