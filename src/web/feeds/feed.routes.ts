// news as Atom and RSS, events as iCalendar, for the county and per library. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../pages/site.ts';

export function registerFeeds(_app: FastifyInstance, _site: Site): void {}
