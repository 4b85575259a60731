import { describe, expect, it } from 'vitest';
import { chooseRenderer, WEBGL_THRESHOLD, webglSupport } from '../../../src/ui/canvas/renderer';

describe('chooseRenderer', () => {
  it('honours explicit choices when WebGL exists', () => {
    expect(chooseRenderer('canvas', 1e6, 'hardware')).toBe('canvas');
    expect(chooseRenderer('webgl', 10, 'hardware')).toBe('webgl');
    expect(chooseRenderer('webgl', 10, 'software')).toBe('webgl');
    expect(chooseRenderer('webgl', 10, 'none')).toBe('canvas');
  });

  it('auto: WebGL only for large graphs on hardware WebGL', () => {
    expect(chooseRenderer('auto', WEBGL_THRESHOLD - 1, 'hardware')).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_THRESHOLD, 'hardware')).toBe('webgl');
    expect(chooseRenderer('auto', WEBGL_THRESHOLD * 10, 'software')).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_THRESHOLD * 10, 'none')).toBe('canvas');
  });

  it('finds no WebGL outside a browser', () => {
    expect(webglSupport()).toBe('none');
    expect(chooseRenderer('auto', 1e6)).toBe('canvas');
  });
});
