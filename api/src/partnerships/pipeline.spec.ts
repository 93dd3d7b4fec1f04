import { illegalMove } from './pipeline';

describe('the partnership pipeline', () => {
  it('moves one stage forward or back', () => {
    expect(illegalMove('introduced', 'exploring')).toBeNull();
    expect(illegalMove('testing', 'evaluation')).toBeNull();
    expect(illegalMove('testing', 'agreement')).toBeNull();
    expect(illegalMove('scaling', 'evaluation')).toBeNull();
  });

  it('closes from any open stage', () => {
    expect(illegalMove('proposed', 'closed')).toBeNull();
    expect(illegalMove('exploring', 'closed')).toBeNull();
  });

  it('rejects jumps, naming the next stage', () => {
    expect(illegalMove('exploring', 'testing')).toBe('Partnerships move one stage at a time: from exploring the next stage is agreement');
    expect(illegalMove('introduced', 'scaling')).toMatch(/next stage is exploring/);
    expect(illegalMove('scaling', 'agreement')).toMatch(/one stage at a time/);
  });

  it('leaves proposed only through consent, never goes back to it, and keeps closed closed', () => {
    expect(illegalMove('proposed', 'introduced')).toMatch(/both parties have agreed/);
    expect(illegalMove('introduced', 'proposed')).toMatch(/does not go back/);
    expect(illegalMove('closed', 'testing')).toMatch(/stays closed/);
    expect(illegalMove('testing', 'testing')).toMatch(/already at testing/);
  });
});
