// Build-time bookkeeping for a chapter, done on the MDX tree so numbers never drift:
// - numbers <Equation> and <Quiz…> in document order and resolves <EqRef>;
// - numbers <Cite> by first use and lists the cited ids for the references section;
// - counts words for the reading time.
// Results go to the remark frontmatter (`remarkPluginFrontmatter` in Astro's render()).
// A duplicate or dangling id fails the build with a message that names it.
import { visit } from 'unist-util-visit';

const EXERCISE = /^Quiz/;
const WORDS_PER_MINUTE = 200;

function attr(node, name) {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttr(node, name, value) {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
}

export default function remarkNumbering() {
  return (tree, file) => {
    const where = file.path ?? 'a chapter';
    const equations = new Map();
    const exercises = [];
    const citations = [];
    let words = 0;

    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        words += node.value.split(/\s+/).filter(Boolean).length;
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const id = attr(node, 'id');
      if (node.name === 'Equation') {
        if (!id) throw new Error(`${where}: <Equation> needs an id (it becomes the #eq-… anchor).`);
        if (equations.has(id)) throw new Error(`${where}: duplicate equation id "${id}".`);
        equations.set(id, equations.size + 1);
        setAttr(node, 'number', equations.size);
      } else if (node.name && EXERCISE.test(node.name)) {
        if (!id) throw new Error(`${where}: <${node.name}> needs an explicit id (instructors link to it).`);
        if (exercises.includes(id)) throw new Error(`${where}: duplicate exercise id "${id}".`);
        exercises.push(id);
        setAttr(node, 'number', exercises.length);
      } else if (node.name === 'Cite') {
        if (!id) throw new Error(`${where}: <Cite> needs an id from src/content/bibliography.ts.`);
        if (!citations.includes(id)) citations.push(id);
        setAttr(node, 'number', citations.indexOf(id) + 1);
      }
    });

    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.name !== 'EqRef') return;
      const id = attr(node, 'id');
      if (!equations.has(id)) throw new Error(`${where}: <EqRef id="${id}"> points to no equation.`);
      setAttr(node, 'number', equations.get(id));
    });

    const frontmatter = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
    frontmatter.exercises = exercises;
    frontmatter.citations = citations;
    frontmatter.readingMinutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  };
}
