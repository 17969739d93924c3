// The public surface of the book's math. Everything a reader sees is computed from these.
export * from './guard';
export * from './units';
export * from './weights';
export * from './quant';
export * from './answer';
export * from './url-state';
export * from './kv';
