// /e-tjanster, the county pages (/om, /tillganglighet with its report form, /integritet, /aarjelsaemien) and the style guide. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../site.ts';

export function registerInfoPages(_app: FastifyInstance, _site: Site): void {}
