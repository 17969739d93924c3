export declare const themeInitScript: string;
export declare const themeInitHash: `sha256-${string}`;
