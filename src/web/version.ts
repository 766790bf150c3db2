declare const __LIVELIFT_VERSION__: string;

/** livelift's version, from package.json at build time (vite.config.ts), as the CLI reports it. */
export const LIVELIFT_VERSION: string = __LIVELIFT_VERSION__;
