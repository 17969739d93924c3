// Every instrument's URL state, for the tests and tools that look at all of them. An instrument
// imports its own module (./schemas/<instrument>), never this one: see fields.ts.
export * from './fields';
export * from './weight-footprint';
export * from './quant-explorer';
export * from './kv-growth';
export * from './decode-ceiling';
export * from './will-it-fit';
export * from './throughput';
export * from './allocator';
