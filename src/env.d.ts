/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when visible, or at once when the URL names this instrument's namespace. */
    'client:linked'?: string;
  }
}

export {};
