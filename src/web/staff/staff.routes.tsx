// The staff area (/personal, /en/staff): login, content editing, profiles, accounts, audit log. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { Site } from '../pages/site.ts';

export async function registerStaffRoutes(_app: FastifyInstance, _site: Site): Promise<void> {}
