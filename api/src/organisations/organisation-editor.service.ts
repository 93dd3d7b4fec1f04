import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';

import type { Organisation as OrganisationDto, OrganisationDetails } from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import { RecordEvents } from '../common/record-events';
import type { AuthUser } from '../common/auth/auth-user';
import { Membership } from '../memberships/membership.entity';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import { DETAIL_FIELDS } from './dto/organisation-fields';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { Organisation } from './organisation.entity';
import { toOrganisationDto } from './organisation.mapper';

/** Creating and editing organisations (reads are in OrganisationsService). */
@Injectable()
export class OrganisationEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: RecordEvents,
  ) {}

  /** The creator becomes the owner; organisation, membership and audit entry land together. */
  async create(user: AuthUser, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.getRepository(Organisation).save(
        manager.getRepository(Organisation).create({
          kind: dto.kind,
          name: dto.name,
          country: dto.country,
          region: dto.region ?? null,
          city: dto.city ?? null,
          description: dto.description ?? '',
          careAreas: dto.careAreas ?? [],
          expertise: dto.expertise ?? [],
          testSite: dto.testSite ?? null,
          details: pickDetails(dto),
          status: dto.status ?? 'draft',
          ref: null,
        }),
      );
      await manager.insert(Membership, {
        organisationId: organisation.id,
        userId: user.id,
        role: 'owner',
      });
      await this.audit.record(manager, {
        userId: user.id,
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: organisation.id,
        after: { ownerIds: [user.id], status: organisation.status },
      });
      return toOrganisationDto(organisation);
    });
  }

  /** Optimistic concurrency: the update only lands on the version the user read, else 409. */
  async update(user: AuthUser, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Organisation);
      const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException('No such organisation');

      dto.currentKind = current.kind;
      const errors = await validate(dto, { skipMissingProperties: true });
      if (errors.length > 0) {
        throw new BadRequestException(errors.flatMap((e) => Object.values(e.constraints ?? {})));
      }
      if (dto.version !== current.version) {
        throw new ConflictException(
          `version ${dto.version} is stale: the organisation was changed (now version ${current.version}); reload and try again`,
        );
      }

      const { version: _version, currentKind: _kind, ...changes } = dto;
      const details = { ...current.details, ...pickDetails(changes) };
      Object.assign(current, {
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.country !== undefined && { country: changes.country }),
        ...(changes.region !== undefined && { region: changes.region }),
        ...(changes.city !== undefined && { city: changes.city }),
        ...(changes.description !== undefined && { description: changes.description }),
        ...(changes.careAreas !== undefined && { careAreas: changes.careAreas }),
        ...(changes.expertise !== undefined && { expertise: changes.expertise }),
        ...(changes.testSite !== undefined && { testSite: changes.testSite }),
        ...(changes.status !== undefined && { status: changes.status }),
        details,
      });
      const saved = await repo.save(current);
      await this.audit.record(manager, {
        userId: user.id,
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        before: { version: dto.version },
        after: { version: saved.version, fields: Object.keys(changes) },
      });
      return toOrganisationDto(saved);
    });
    this.events.changed({ type: 'organisation', id });
    return updated;
  }
}

function pickDetails(source: Partial<OrganisationDetails>): OrganisationDetails {
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (source[field] !== undefined) details[field] = source[field];
  }
  return details as OrganisationDetails;
}
