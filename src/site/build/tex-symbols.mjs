// The symbols a piece of TeX uses, so that every symbol the book writes can be checked against
// the one notation (src/lib/core/notation.ts). A symbol is a letter, a Greek letter, a bold or
// hatted letter, or a declared \text{…} name, with the subscript and superscript written on it
// (N_{\text{act}}, d_h^R, T^{*}). Numbers, operators (\frac, \max, \sum, \ln, …) and the bound
// variables under operators are not symbols; a \text{…} that no entry declares is prose (a unit
// such as \text{bytes}).

/** Commands that are operators or layout, not symbols; their sub- and superscripts are bound variables. */
const OPERATORS = new Set([
  'frac',
  'tfrac',
  'dfrac',
  'sqrt',
  'sum',
  'prod',
  'max',
  'min',
  'ln',
  'log',
  'exp',
  'lceil',
  'rceil',
  'lfloor',
  'rfloor',
  'cdot',
  'times',
  'div',
  'pm',
  'le',
  'leq',
  'ge',
  'geq',
  'ne',
  'neq',
  'approx',
  'sim',
  'equiv',
  'to',
  'infty',
  'dots',
  'ldots',
  'cdots',
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'quad',
  'qquad',
  'operatorname',
  'mathrm',
  'mid',
  'in',
  'partial',
  'prime',
  'lvert',
  'rvert',
  'vert',
  'langle',
  'rangle',
]);
const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Phi',
  'Psi',
  'Omega',
]);
const ACCENTS = new Set(['hat', 'bar', 'tilde', 'vec', 'mathbf', 'boldsymbol', 'dot']);

/** Reads one group or one token at `i`: `{…}` (without braces), `\name` or one character. */
function readArg(tex, i) {
  while (tex[i] === ' ') i++;
  if (tex[i] === '{') {
    let depth = 0;
    for (let j = i; j < tex.length; j++) {
      if (tex[j] === '{') depth++;
      else if (tex[j] === '}' && --depth === 0) return { text: tex.slice(i + 1, j), end: j + 1 };
    }
    throw new Error(`Unbalanced braces in TeX: ${tex}`);
  }
  if (tex[i] === '\\') {
    const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
    return { text: m[0], end: i + m[0].length };
  }
  return { text: tex[i] ?? '', end: i + 1 };
}

/** Reads the `_…` and `^…` after position `i`, in either order. */
function readScripts(tex, i) {
  const scripts = {};
  for (;;) {
    let j = i;
    while (tex[j] === ' ') j++;
    const mark = tex[j];
    if ((mark !== '_' && mark !== '^') || scripts[mark]) return { scripts, end: i };
    const arg = readArg(tex, j + 1);
    scripts[mark] = arg.text.trim();
    i = arg.end;
  }
}

/**
 * A symbol's TeX in one spelling, so that `\hat x_i`, `\hat{x}_{i}` and `\hat{x}_i` compare equal.
 * @example canonicalTex('d_h^R') // "d_{h}^{R}"
 * @param {string} tex
 */
export function canonicalTex(tex) {
  const atoms = atomsOf(tex);
  if (atoms.length !== 1) throw new Error(`"${tex}" is not one symbol.`);
  return atoms[0].key;
}

/** The atoms of a TeX string: `{ key, base }`, key with scripts, base without its subscript. */
function atomsOf(tex) {
  const atoms = [];
  let i = 0;
  while (i < tex.length) {
    const c = tex[i];
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = m[1];
      i += m[0].length;
      if (name === 'text' || ACCENTS.has(name) || GREEK.has(name)) {
        let base;
        if (GREEK.has(name)) base = `\\${name}`;
        else {
          const arg = readArg(tex, i);
          i = arg.end;
          const inner = arg.text.trim();
          base = name === 'text' ? `\\text{${inner}}` : `\\${name}{${atomsOf(inner)[0]?.key ?? inner}}`;
        }
        const { scripts, end } = readScripts(tex, i);
        i = end;
        atoms.push(atom(base, scripts));
      } else if (name === 'operatorname' || name === 'mathrm') {
        if (tex[i] === '*') i++;
        i = readArg(tex, i).end;
        i = readScripts(tex, i).end; // bound variables, as under \max
      } else if (OPERATORS.has(name)) {
        const { scripts, end } = readScripts(tex, i);
        i = end;
        // \frac's, \sqrt's arguments are ordinary groups, read on; \sum_{i \le t} binds its scripts.
        void scripts;
      }
      // Spacing (\, \; \!) and anything else: skip.
    } else if (/[A-Za-z]/.test(c)) {
      const { scripts, end } = readScripts(tex, i + 1);
      i = end;
      atoms.push(atom(c, scripts));
    } else if (c === '_' || c === '^') {
      // Scripts on a number or a bracket: their contents are ordinary TeX.
      const arg = readArg(tex, i + 1);
      atoms.push(...atomsOf(arg.text));
      i = arg.end;
    } else i++;
  }
  return atoms;
}

function atom(base, scripts) {
  const sub = scripts._ === undefined ? '' : `_{${scripts._}}`;
  const sup = scripts['^'] === undefined ? '' : `^{${scripts['^']}}`;
  return { key: `${base}${sub}${sup}`, base: `${base}${sup}`, sub: scripts._ };
}

/**
 * The symbols used in `tex` that `declared` (canonical TeX keys) does not know: each atom must be
 * declared as written, or, if its subscript is only an index (x_i, α_{t,i}), without it. A
 * \text{…} no entry declares is prose and passes.
 * @example undeclaredSymbols('W = N \\cdot \\text{bpw} / 8 \\quad \\text{bytes}', new Set(['W', 'N', '\\text{bpw}'])) // []
 * @param {string} tex
 * @param {ReadonlySet<string>} declared
 * @returns {string[]}
 */
export function undeclaredSymbols(tex, declared) {
  const missing = [];
  for (const a of atomsOf(tex)) {
    if (declared.has(a.key)) continue;
    const indexOnly = a.sub !== undefined && /^([a-z]|\d+)(,\s*([a-z]|\d+))*$/.test(a.sub) && declared.has(a.base);
    if (indexOnly) continue;
    if (a.key.startsWith('\\text{') && !declared.has(a.base)) continue; // prose: a unit or a word
    if (!missing.includes(a.key)) missing.push(a.key);
  }
  return missing;
}

/**
 * The declared symbols `tex` uses (canonical keys), in order of first use.
 * @example symbolsUsed('K(T) + T', new Set(['K', 'T'])) // ["K", "T"]
 * @param {string} tex
 * @param {ReadonlySet<string>} declared
 */
export function symbolsUsed(tex, declared) {
  const used = [];
  for (const a of atomsOf(tex)) {
    const key = declared.has(a.key) ? a.key : declared.has(a.base) ? a.base : null;
    if (key && !used.includes(key)) used.push(key);
  }
  return used;
}
