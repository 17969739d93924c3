import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters live in numbered folders (`src/content/chapters/01-parameters/index.mdx`); the number
 * orders the book and the rest of the folder name is the URL slug (`/chapters/parameters/`).
 */
const chapters = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './src/content/chapters',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: z.object({
    /** Chapter title as shown in the table of contents and the page heading. */
    title: z.string().min(1),
    /** One-line summary for the table of contents and the page description. */
    summary: z.string().min(1),
    /** Short label used in previous/next links; defaults to the title. */
    shortTitle: z.string().optional(),
    /** Takeaways shown in the chapter's closing box, one sentence each. */
    takeaways: z.array(z.string()).default([]),
    /** Hide the chapter from the table of contents and the build while it is being written. */
    draft: z.boolean().default(false),
  }),
});

export const collections = { chapters };
