// Ambient declarations for virtual modules (a script file: no import or export at the top level).

/** The URL of a module built as its own chunk, for a later import() (src/site/build/lazy-chunk.mjs). */
declare module 'virtual:lazy/*' {
  const url: string;
  export default url;
}
