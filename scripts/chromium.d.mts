export declare function systemChromium(): string | undefined;
