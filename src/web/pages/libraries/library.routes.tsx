// /bibliotek, /bibliotek/{id} (libraries, branches, library buses) in both languages. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../site.ts';

export function registerLibraryPages(_app: FastifyInstance, _site: Site): void {}
