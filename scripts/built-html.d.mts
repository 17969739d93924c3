import type { DefaultTreeAdapterTypes } from 'parse5';

type Document = DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | Document | DefaultTreeAdapterTypes.DocumentFragment;

/** A deferred island: its client directive, its serialized props and what it fetches when it hydrates. */
export interface IslandLoad {
  readonly client: string;
  readonly props: string;
  readonly componentUrl: string | undefined;
  readonly urls: string[];
}

/** What a page asks the browser to load. */
export interface PageLoads {
  readonly scripts: string[];
  readonly inlineScripts: { code: string; module: boolean }[];
  readonly islands: IslandLoad[];
  readonly stylesheets: string[];
  readonly inlineStyles: string[];
}

export declare function parseHtml(html: string): Document;
export declare function elements(root: Node): Generator<Element>;
export declare function attr(el: Element, name: string): string | undefined;
export declare function textOf(node: Node): string;
export declare function pageLoads(document: Document): PageLoads;
export declare function importsOf(code: string): { static: string[]; dynamic: string[] };
