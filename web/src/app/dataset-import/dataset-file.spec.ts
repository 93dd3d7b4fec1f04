import { checkDatasetText, fileSize, readText } from './dataset-file';

describe('dataset file checks', () => {
  it('accepts an opi-dataset/v1 document', () => {
    expect(
      checkDatasetText('{"format":"opi-dataset/v1","organisations":[]}'),
    ).toBeNull();
  });

  it('says what is wrong with anything else, with the parser’s words', () => {
    expect(checkDatasetText('{"format":')).toMatchObject({
      key: 'import.file.invalidJson',
      detail: expect.any(String),
    });
    expect(checkDatasetText('[1, 2]')).toEqual({
      key: 'import.file.notAnObject',
    });
    expect(checkDatasetText('{"format":"opi-dataset/v2"}')).toEqual({
      key: 'import.file.wrongFormat',
      params: { format: 'opi-dataset/v1' },
    });
  });

  it('reads a file’s text', async () => {
    expect(await readText(new File(['{"a":1}'], 'a.json'))).toBe('{"a":1}');
  });

  it('writes sizes the reader’s way', () => {
    expect(fileSize(512, 'en')).toBe('512 bytes');
    expect(fileSize(830_000, 'en')).toBe('830 kB');
    expect(fileSize(12_500_000, 'da')).toBe('12,5 MB');
  });
});
