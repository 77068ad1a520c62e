// sitemap.xml, opensearch.xml, robots.txt and /assets/profile.css (the graphic profile's tokens). (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../pages/site.ts';

export function registerDiscovery(_app: FastifyInstance, _site: Site): void {}
