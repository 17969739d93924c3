import { getCollection, type CollectionEntry } from 'astro:content';

/** A chapter with the order and slug read from its numbered folder (`01-parameters`). */
export interface ChapterInfo {
  readonly entry: CollectionEntry<'chapters'>;
  readonly order: number;
  readonly slug: string;
  readonly href: string;
}

const FOLDER = /^(\d+)-([a-z0-9-]+)$/;

/** Every published chapter in book order; a badly named folder fails the build. */
export async function getChapters(): Promise<ChapterInfo[]> {
  const entries = await getCollection('chapters', (entry) => !entry.data.draft);
  return entries
    .map((entry) => {
      const match = FOLDER.exec(entry.id);
      if (!match) throw new Error(`Chapter folder "${entry.id}" must be named NN-slug (e.g. 01-parameters).`);
      const slug = match[2]!;
      return { entry, order: Number(match[1]), slug, href: `/chapters/${slug}/` };
    })
    .sort((a, b) => a.order - b.order);
}
