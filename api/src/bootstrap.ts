import { existsSync } from 'node:fs';
import { join } from 'node:path';

import helmet from '@fastify/helmet';
import { ValidationPipe } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { PortalFallbackFilter } from './portal/portal-fallback.filter';

/** Where `nx build web` puts the portal, seen from dist/api/main.js. */
export function defaultWebDist(): string {
  return join(__dirname, '..', 'web', 'browser');
}

/**
 * Builds the Nest application exactly as production runs it; the integration
 * tests use it too, so they exercise the same pipes, filters and headers.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, databaseUrl),
    new FastifyAdapter({ bodyLimit: 50 * 1024 * 1024, trustProxy: true }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Angular Material and the Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('OPI matchmaking portal API')
      .setDescription('Care needs, offerings, organisations and their matches.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const webDist = config.webDist ?? defaultWebDist();
  const portalAvailable = existsSync(join(webDist, 'index.html'));
  if (portalAvailable) {
    app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.useGlobalFilters(
    new PortalFallbackFilter(app.get(HttpAdapterHost).httpAdapter, portalAvailable),
  );
  return app;
}
