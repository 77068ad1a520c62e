// /evenemang and /evenemang/{id} in both languages. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../site.ts';

export function registerEventPages(_app: FastifyInstance, _site: Site): void {}
