// Staff editing of library and branch profiles, opening hours and exceptions, and image uploads. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { StaffSite } from '../staff-frame.tsx';

export async function registerLibraryEditorRoutes(_scope: FastifyInstance, _site: StaffSite): Promise<void> {}
