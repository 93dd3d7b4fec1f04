import { Body, Controller, HttpCode, Injectable, Module, type OnModuleInit, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import type { TagSuggestionRequest, TagSuggestions } from '@opi/contracts';
import { CONTENT_LANGUAGES } from '@opi/taxonomy';
import { keywordIndex, suggestTags } from '@opi/text-analysis';

import { Public } from '../common/auth/decorators';
import { detectLanguage } from '../common/detect-language';

export class TagSuggestionRequestDto implements TagSuggestionRequest {
  @ApiProperty({ description: 'Title and description as the user writes them' })
  @IsString({ message: 'text must be text' })
  @MaxLength(20_000, { message: 'text must be at most 20000 characters long' })
  text!: string;

  @ApiPropertyOptional({ enum: CONTENT_LANGUAGES, description: 'Detected from the text when absent' })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: `language must be one of: ${CONTENT_LANGUAGES.join(', ')}` })
  language?: string;
}

@Injectable()
export class TagSuggestionService implements OnModuleInit {
  /** Builds the keyword index at start-up, so the first user does not wait for it. */
  onModuleInit(): void {
    keywordIndex();
  }

  suggest({ text, language }: TagSuggestionRequest): TagSuggestions {
    return suggestTags(text, language ?? detectLanguage(text));
  }
}

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly suggestions: TagSuggestionService) {}

  /**
   * Care areas, target groups and settings the text speaks of, from the
   * taxonomy's keywords in en, da, nl, fr and sv (the same reading the
   * matcher gives untagged text). Writes nothing.
   */
  @Post('suggestions')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: '{ language, careAreas, targetGroups, settings: [{ code, score, matched }] }' })
  suggest(@Body() body: TagSuggestionRequestDto): TagSuggestions {
    return this.suggestions.suggest(body);
  }
}

@Module({ controllers: [TaxonomyController], providers: [TagSuggestionService] })
export class TaxonomyModule {}
