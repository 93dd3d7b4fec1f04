import { Controller, Delete, Get, Header, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import type { FastifyReply } from 'fastify';

import { GUIDE_LANGUAGES } from '@opi/guide';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/decorators';
import { GuideService } from './guide.service';

class LangQueryDto {
  @ApiPropertyOptional({ enum: GUIDE_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(GUIDE_LANGUAGES, { message: `lang must be one of: ${GUIDE_LANGUAGES.join(', ')}` })
  lang?: string;
}

class SearchQueryDto extends LangQueryDto {
  @ApiPropertyOptional()
  @IsString({ message: 'q must be text' })
  @MinLength(2, { message: 'q must be at least 2 characters long' })
  @MaxLength(200)
  q!: string;
}

class ProjectQueryDto {
  @ApiPropertyOptional({ default: 'default', description: 'Your name for the project the ticks belong to' })
  @IsOptional()
  @Matches(/^[\p{L}\p{N} _.-]{1,80}$/u, { message: 'project must be 1-80 letters, digits, spaces, dots, dashes or underscores' })
  project?: string;
}

@ApiTags('guide')
@Controller('guide')
export class GuideController {
  constructor(private readonly guide: GuideService) {}

  /** Table of contents in the reader's language; English entries where a page is not translated. */
  @Get()
  @Public()
  toc(@Query() query: LangQueryDto) {
    return this.guide.toc(query.lang ?? 'en');
  }

  @Get('search')
  @Public()
  search(@Query() query: SearchQueryDto) {
    return this.guide.search(query.q, query.lang ?? 'en');
  }

  @Get('pages/:slug')
  @Public()
  page(@Param('slug') slug: string, @Query() query: LangQueryDto) {
    return this.guide.page(slug, query.lang ?? 'en');
  }

  /** A page as a Markdown file to download (the templates are meant for this). */
  @Get('pages/:slug/download')
  @Public()
  @Header('content-type', 'text/markdown; charset=utf-8')
  download(
    @Param('slug') slug: string,
    @Query() query: LangQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    const page = this.guide.page(slug, query.lang ?? 'en');
    void reply.header('content-disposition', `attachment; filename="${page.slug}.${page.lang}.md"`);
    return `# ${page.title}\n\n${page.markdown}`;
  }

  /** The signed-in reader's ticked checklist items for one project. */
  @Get('ticks')
  ticks(@CurrentUser() user: AuthUser, @Query() query: ProjectQueryDto) {
    return this.guide.ticks(user, query.project ?? 'default');
  }

  @Put('ticks/:itemId')
  @HttpCode(204)
  tick(@CurrentUser() user: AuthUser, @Param('itemId') itemId: string, @Query() query: ProjectQueryDto) {
    return this.guide.tick(user, query.project ?? 'default', itemId, true);
  }

  @Delete('ticks/:itemId')
  @HttpCode(204)
  untick(@CurrentUser() user: AuthUser, @Param('itemId') itemId: string, @Query() query: ProjectQueryDto) {
    return this.guide.tick(user, query.project ?? 'default', itemId, false);
  }
}
