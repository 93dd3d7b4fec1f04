import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  type HttpServer,
  NotFoundException,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/static'; // adds reply.sendFile

/**
 * The portal's client-side routes (/needs, /guide/…) have no file on disk:
 * a GET outside /api that is not for a file gets index.html, and Angular's
 * router takes over. Everything else keeps Nest's JSON 404.
 */
@Catch(NotFoundException)
export class PortalFallbackFilter extends BaseExceptionFilter implements ExceptionFilter {
  constructor(
    httpAdapter: HttpServer,
    private readonly portalAvailable: boolean,
  ) {
    super(httpAdapter);
  }

  override catch(exception: NotFoundException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    const wantsPage =
      this.portalAvailable &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      path !== '/api' &&
      !/\.[a-z0-9]+$/i.test(path);
    if (wantsPage) {
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
      return;
    }
    super.catch(exception, host);
  }
}
