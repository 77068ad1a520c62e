// Staff editing of news, events, pages and e-services: lists, forms, Markdown preview, publish. (Being built.)
import type { FastifyInstance } from 'fastify';
import type { StaffSite } from '../staff-frame.tsx';

export function registerContentEditorRoutes(_scope: FastifyInstance, _site: StaffSite): void {}
