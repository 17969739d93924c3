import type { AstroIntegration } from 'astro';

export declare function pruneCsp(html: string): string;
export declare const cspPrune: AstroIntegration;
