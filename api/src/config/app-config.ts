import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Matches,
  MinLength,
  IsUrl,
  Min,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const text = String(value).toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  return value;
};

const toInteger = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : value;

/** The environment the API reads at start-up (DESIGN.md, "Start-up config"). */
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'RUN_JOBS must be true or false' })
  RUN_JOBS?: boolean;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://…' })
  SMTP_URL?: string;

  @IsOptional()
  @IsEmail({}, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_URL must be the portal address, like https://portal.example.org' })
  PUBLIC_URL?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Absent: run the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  adminEmail: string;
  adminPassword: string;
  /** True when the admin password is the demo default (printed at start). */
  adminPasswordIsDefault: boolean;
  seedDemo: boolean;
  /** Run the background jobs (pg-boss) in this process: the daily stale-record sweep. */
  runJobs: boolean;
  logLevel: string;
  /** Folder of the built portal (index.html), served at `/`. */
  webDist?: string;
  /** Absent: generated on first start and kept in the database. */
  jwtSecret?: string;
  loginLimits: { perAddressPerMinute: number; perEmailPer15Minutes: number };
  /** E-mail: sent through this SMTP server; absent (demo mode), mails stay in the portal's outbox. */
  smtpUrl?: string;
  mailFrom: string;
  /** The portal's address, for links in e-mails. */
  publicUrl: string;
}

export const DEFAULT_ADMIN_EMAIL = 'admin@opi.local';
export const DEFAULT_ADMIN_PASSWORD = 'opi-admin-demo';

export class ConfigError extends Error {}

const CONFIG_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SEED_DEMO',
  'RUN_JOBS',
  'LOG_LEVEL',
  'WEB_DIST',
  'JWT_SECRET',
  'SMTP_URL',
  'MAIL_FROM',
  'PUBLIC_URL',
] as const;

/** Validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.fromEntries(
    CONFIG_KEYS.filter((key) => env[key] !== undefined && env[key] !== '').map(
      (key) => [key, env[key]],
    ),
  );
  const vars = plainToInstance(EnvironmentVariables, known);
  const errors = validateSync(vars);
  const problems = [...new Set(errors.flatMap((e) => Object.values(e.constraints ?? {})))];
  if (vars.DATABASE_URL !== undefined) {
    const problem = checkDatabaseUrl(vars.DATABASE_URL);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '0.0.0.0',
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.DATA_DIR ?? './.data',
    adminEmail: vars.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL,
    adminPassword: vars.ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD,
    adminPasswordIsDefault: vars.ADMIN_PASSWORD === undefined,
    seedDemo: vars.SEED_DEMO ?? vars.DATABASE_URL === undefined,
    runJobs: vars.RUN_JOBS ?? true,
    logLevel: vars.LOG_LEVEL ?? 'info',
    webDist: vars.WEB_DIST,
    jwtSecret: vars.JWT_SECRET,
    loginLimits: { perAddressPerMinute: 30, perEmailPer15Minutes: 10 },
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? 'portal@opi.local',
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT ?? 3000}`).replace(/\/+$/, ''),
  };
}

function checkDatabaseUrl(value: string): string | undefined {
  const hint = 'DATABASE_URL must look like postgres://user:password@host:5432/database';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return hint;
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
    return hint;
  }
  return undefined;
}

/** The URL with its password hidden, for messages. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
