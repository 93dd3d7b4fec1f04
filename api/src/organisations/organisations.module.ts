import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Membership } from '../memberships/membership.entity';
import { OrganisationEditorService } from './organisation-editor.service';
import { Organisation } from './organisation.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation, Membership])],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationEditorService],
})
export class OrganisationsModule {}
