// The public surface of the book's math. Everything a reader sees is computed from these.
export * from './guard';
export * from './units';
export * from './weights';
export * from './quant';
export * from './answer';
export * from './url-state';
export * from './kv';
export * from './input';
export * from './notation';
export * from './quality';
export * from './models';
export * from './hardware';
export * from './params';
export * from './catalog-schema';
export * from './prng';
export * from './paged';
export * from './grid-layout';
