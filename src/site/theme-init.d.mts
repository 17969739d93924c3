export declare const themeInitScript: string;
export declare const themeInitHash: string;
