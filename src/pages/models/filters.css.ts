// The /models/ filter stylesheet, generated at build time from the filter options (no JavaScript).
import type { APIRoute } from 'astro';
import { modelFilterCss } from '../../site/views/model-filter';

export const GET: APIRoute = () => new Response(modelFilterCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
